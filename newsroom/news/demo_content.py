"""Demo content for the Newsroom demo site.

All text in this module is original, written specifically for the Newsroom
demo. The outlet, people, organisations and events are fictional; figures are
generic and only meant to look plausible.

The module is pure data and is imported by the demo seeding command. Every
translatable value is a dict with the keys "en", "ru" and "hy". Story texts
may contain the placeholders {city}, {number} and {year}, which are filled
with ``str.format`` (the city name is always inserted in the nominative).
"""


def _t(en, ru, hy):
    """Bundle one text in the three demo languages."""
    return {"en": en, "ru": ru, "hy": hy}


# ---------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------

SECTIONS = [
    {
        "slug": "politics",
        "title": _t("Politics", "Политика", "Քաղաքականություն"),
        "blurb": _t(
            "Key developments in the political life of the country and the wider region.",
            "Главные события политической жизни страны и региона.",
            "Երկրի և տարածաշրջանի քաղաքական կյանքի կարևորագույն իրադարձությունները։",
        ),
    },
    {
        "slug": "economy",
        "title": _t("Economy", "Экономика", "Տնտեսություն"),
        "blurb": _t(
            "Markets, business, energy and everything that affects the family budget.",
            "Рынки, бизнес, энергетика и всё, что влияет на семейный бюджет.",
            "Շուկաներ, բիզնես, էներգետիկա և այն ամենը, ինչ ազդում է ընտանեկան բյուջեի վրա։",
        ),
    },
    {
        "slug": "society",
        "title": _t("Society", "Общество", "Հասարակություն"),
        "blurb": _t(
            "Stories about people, cities and the everyday issues that shape our lives.",
            "Истории о людях, городах и повседневных заботах, из которых складывается наша жизнь.",
            "Պատմություններ մարդկանց, քաղաքների և այն առօրյա հոգսերի մասին, որոնցից կազմված է մեր կյանքը։",
        ),
    },
    {
        "slug": "world",
        "title": _t("World", "В мире", "Աշխարհ"),
        "blurb": _t(
            "International news, analysis and events far beyond the region's borders.",
            "Международные новости, аналитика и события далеко за пределами региона.",
            "Միջազգային լուրեր, վերլուծություններ և իրադարձություններ տարածաշրջանի սահմաններից շատ հեռու։",
        ),
    },
    {
        "slug": "region",
        "title": _t("Region", "Регион", "Տարածաշրջան"),
        "blurb": _t(
            "The South Caucasus, the Caspian and Central Asia: neighbours, routes and shared challenges.",
            "Южный Кавказ, Каспий и Центральная Азия: соседи, маршруты и общие вызовы.",
            "Հարավային Կովկաս, Կասպից ծով և Կենտրոնական Ասիա՝ հարևաններ, ճանապարհներ և ընդհանուր մարտահրավերներ։",
        ),
    },
    {
        "slug": "sports",
        "title": _t("Sports", "Спорт", "Սպորտ"),
        "blurb": _t(
            "Results, interviews and the stories behind the scores, from football to chess.",
            "Результаты, интервью и истории за цифрами счёта — от футбола до шахмат.",
            "Արդյունքներ, հարցազրույցներ և պատմություններ հաշիվների հետևում՝ ֆուտբոլից մինչև շախմատ։",
        ),
    },
    {
        "slug": "culture",
        "title": _t("Culture", "Культура", "Մշակույթ"),
        "blurb": _t(
            "Theatre, music, cinema, museums and the people who keep culture alive.",
            "Театр, музыка, кино, музеи и люди, благодаря которым живёт культура.",
            "Թատրոն, երաժշտություն, կինո, թանգարաններ և այն մարդիկ, որոնց շնորհիվ ապրում է մշակույթը։",
        ),
    },
]


# ---------------------------------------------------------------------------
# Authors (fictional)
# ---------------------------------------------------------------------------

AUTHORS = [
    {
        "slug": "leyla-hasanova",
        "name": _t("Leyla Hasanova", "Лейла Гасанова", "Լեյլա Հասանովա"),
        "role": _t(
            "Political correspondent", "Политический обозреватель", "Քաղաքական մեկնաբան"
        ),
        "bio": _t(
            "Leyla has covered parliament and election campaigns for more than ten years. "
            "She studied international relations and is especially interested in how new laws "
            "affect ordinary citizens.",
            "Лейла более десяти лет освещает работу парламента и избирательные кампании. "
            "Она изучала международные отношения и особенно интересуется тем, как новые законы "
            "отражаются на жизни обычных граждан.",
            "Լեյլան ավելի քան տասը տարի լուսաբանում է խորհրդարանի աշխատանքը և ընտրական արշավները։ "
            "Նա սովորել է միջազգային հարաբերություններ և հատկապես հետաքրքրվում է, թե ինչպես են "
            "նոր օրենքներն ազդում սովորական քաղաքացիների կյանքի վրա։",
        ),
    },
    {
        "slug": "orkhan-mammadli",
        "name": _t("Orkhan Mammadli", "Орхан Мамедли", "Օրխան Մամեդլի"),
        "role": _t(
            "Economics editor", "Редактор отдела экономики", "Տնտեսական բաժնի խմբագիր"
        ),
        "bio": _t(
            "Orkhan writes about energy, banking and regional trade. "
            "Before joining the newsroom, he worked as an analyst at a consulting firm.",
            "Орхан пишет об энергетике, банковском секторе и региональной торговле. "
            "До прихода в редакцию он работал аналитиком в консалтинговой компании.",
            "Օրխանը գրում է էներգետիկայի, բանկային ոլորտի և տարածաշրջանային առևտրի մասին։ "
            "Խմբագրություն գալուց առաջ նա աշխատել է որպես վերլուծաբան խորհրդատվական ընկերությունում։",
        ),
    },
    {
        "slug": "nigar-safarova",
        "name": _t("Nigar Safarova", "Нигяр Сафарова", "Նիգյար Սաֆարովա"),
        "role": _t(
            "Society reporter",
            "Корреспондент отдела общества",
            "Հասարակական բաժնի թղթակից",
        ),
        "bio": _t(
            "Nigar reports on education, healthcare and urban life. "
            "She believes that the best stories are often found in courtyards, classrooms and "
            "hospital corridors.",
            "Нигяр пишет об образовании, здравоохранении и городской жизни. "
            "Она уверена, что лучшие истории часто находятся во дворах, школьных классах и "
            "больничных коридорах.",
            "Նիգյարը գրում է կրթության, առողջապահության և քաղաքային կյանքի մասին։ "
            "Նա համոզված է, որ լավագույն պատմությունները հաճախ գտնվում են բակերում, "
            "դասարաններում և հիվանդանոցների միջանցքներում։",
        ),
    },
    {
        "slug": "elvin-rustamov",
        "name": _t("Elvin Rustamov", "Эльвин Рустамов", "Էլվին Ռուստամով"),
        "role": _t(
            "International affairs editor",
            "Редактор международного отдела",
            "Միջազգային բաժնի խմբագիր",
        ),
        "bio": _t(
            "Elvin follows diplomacy, international organisations and global economic trends. "
            "He speaks four languages and has reported from conferences across Europe and Asia.",
            "Эльвин следит за дипломатией, работой международных организаций и мировыми "
            "экономическими тенденциями. Он владеет четырьмя языками и вёл репортажи с конференций "
            "в Европе и Азии.",
            "Էլվինը հետևում է դիվանագիտությանը, միջազգային կազմակերպությունների աշխատանքին և "
            "համաշխարհային տնտեսական միտումներին։ Նա տիրապետում է չորս լեզվի և ռեպորտաժներ է "
            "պատրաստել Եվրոպայում և Ասիայում անցկացված համաժողովներից։",
        ),
    },
    {
        "slug": "tural-jafarov",
        "name": _t("Tural Jafarov", "Турал Джафаров", "Թուրալ Ջաֆարով"),
        "role": _t("Sports columnist", "Спортивный обозреватель", "Սպորտային մեկնաբան"),
        "bio": _t(
            "Tural has written about football, wrestling and chess since his student years. "
            "He played in a youth football team and still referees amateur matches at weekends.",
            "Турал пишет о футболе, борьбе и шахматах со студенческих лет. "
            "Он играл в юношеской футбольной команде и до сих пор по выходным судит любительские матчи.",
            "Թուրալը ուսանողական տարիներից գրում է ֆուտբոլի, ըմբշամարտի և շախմատի մասին։ "
            "Նա խաղացել է պատանեկան ֆուտբոլային թիմում և մինչ օրս հանգստյան օրերին "
            "մրցավարում է սիրողական խաղեր։",
        ),
    },
    {
        "slug": "sabina-kerimova",
        "name": _t("Sabina Kerimova", "Сабина Керимова", "Սաբինա Քերիմովա"),
        "role": _t(
            "Culture editor", "Редактор отдела культуры", "Մշակույթի բաժնի խմբագիր"
        ),
        "bio": _t(
            "Sabina covers theatre premieres, exhibitions and music festivals. "
            "She holds a degree in art history and runs a small photography club in her spare time.",
            "Сабина освещает театральные премьеры, выставки и музыкальные фестивали. "
            "Она искусствовед по образованию и в свободное время руководит небольшим фотоклубом.",
            "Սաբինան լուսաբանում է թատերական պրեմիերաները, ցուցահանդեսները և երաժշտական "
            "փառատոները։ Նա կրթությամբ արվեստաբան է և ազատ ժամանակ ղեկավարում է "
            "լուսանկարչական փոքրիկ ակումբ։",
        ),
    },
]


# ---------------------------------------------------------------------------
# Tags (indexes are referenced by STORIES)
# ---------------------------------------------------------------------------

TAGS = [
    _t("Energy", "Энергетика", "Էներգետիկա"),  # 0
    _t("Transport", "Транспорт", "Տրանսպորտ"),  # 1
    _t("Elections", "Выборы", "Ընտրություններ"),  # 2
    _t("Climate", "Климат", "Կլիմա"),  # 3
    _t("Football", "Футбол", "Ֆուտբոլ"),  # 4
    _t("Education", "Образование", "Կրթություն"),  # 5
    _t("Healthcare", "Здравоохранение", "Առողջապահություն"),  # 6
    _t("Tourism", "Туризм", "Զբոսաշրջություն"),  # 7
    _t("Technology", "Технологии", "Տեխնոլոգիաներ"),  # 8
    _t("Agriculture", "Сельское хозяйство", "Գյուղատնտեսություն"),  # 9
    _t("Trade", "Торговля", "Առևտուր"),  # 10
    _t("Diplomacy", "Дипломатия", "Դիվանագիտություն"),  # 11
    _t("Theatre", "Театр", "Թատրոն"),  # 12
    _t("Music", "Музыка", "Երաժշտություն"),  # 13
    _t("Cinema", "Кино", "Կինո"),  # 14
    _t("Chess", "Шахматы", "Շախմատ"),  # 15
    _t("Wrestling", "Борьба", "Ըմբշամարտ"),  # 16
    _t("Weather", "Погода", "Եղանակ"),  # 17
    _t("Banking", "Банки", "Բանկեր"),  # 18
    _t("Construction", "Строительство", "Շինարարություն"),  # 19
    _t("Ecology", "Экология", "Էկոլոգիա"),  # 20
    _t("Science", "Наука", "Գիտություն"),  # 21
    _t("Migration", "Миграция", "Միգրացիա"),  # 22
    _t("Museums", "Музеи", "Թանգարաններ"),  # 23
]


# ---------------------------------------------------------------------------
# Cities (nominative forms)
# ---------------------------------------------------------------------------

CITIES = [
    _t("Baku", "Баку", "Բաքու"),
    _t("Ganja", "Гянджа", "Գյանջա"),
    _t("Sumgait", "Сумгайыт", "Սումգայիթ"),
    _t("Tbilisi", "Тбилиси", "Թբիլիսի"),
    _t("Yerevan", "Ереван", "Երևան"),
    _t("Shaki", "Шеки", "Շաքի"),
    _t("Lankaran", "Ленкорань", "Լենքորան"),
    _t("Istanbul", "Стамбул", "Ստամբուլ"),
    _t("Astana", "Астана", "Աստանա"),
    _t("Tashkent", "Ташкент", "Տաշքենդ"),
    _t("Berlin", "Берлин", "Բեռլին"),
    _t("Dubai", "Дубай", "Դուբայ"),
]


# ---------------------------------------------------------------------------
# Story templates
# ---------------------------------------------------------------------------

STORIES = {}

# ---------------------------------------------------------------- politics --

STORIES["politics"] = [
    {
        "headline": _t(
            "Parliamentary committee backs bill on digital public services",
            "Комитет парламента одобрил законопроект о цифровых госуслугах",
            "Խորհրդարանի հանձնաժողովը հավանություն է տվել թվային պետական ծառայությունների մասին օրինագծին",
        ),
        "lead": _t(
            "Lawmakers say the reform will allow residents to request {number} types of documents "
            "without visiting an office.",
            "По словам депутатов, реформа позволит жителям оформлять документы без визита в ведомство; "
            "число таких услуг достигнет {number}.",
            "Պատգամավորների խոսքով՝ բարեփոխումը բնակիչներին թույլ կտա {number} տեսակի փաստաթուղթ "
            "ձևակերպել առանց գրասենյակ այցելելու։",
        ),
        "paragraphs": [
            _t(
                "The parliamentary committee on legal policy and state building approved the draft law "
                "at its session on Tuesday, sending it to the plenary for a first reading. The document "
                "was prepared jointly with the ministry responsible for digital development and was "
                "discussed with regional administrations over several months.",
                "Комитет парламента по правовой политике и государственному строительству одобрил "
                "законопроект на заседании во вторник и направил его на пленарное рассмотрение в первом "
                "чтении. Документ готовился совместно с профильным министерством цифрового развития и "
                "несколько месяцев обсуждался с региональными администрациями.",
                "Խորհրդարանի իրավական քաղաքականության և պետական շինարարության հանձնաժողովը երեքշաբթի "
                "օրվա նիստում հավանություն տվեց օրինագծին և այն ուղարկեց լիագումար նիստ՝ առաջին "
                "ընթերցմամբ քննարկելու։ Փաստաթուղթը մշակվել է թվային զարգացման հարցերով պատասխանատու "
                "նախարարության հետ համատեղ և մի քանի ամիս քննարկվել է տարածքային վարչակազմերի հետ։",
            ),
            _t(
                "Under the bill, applications for certificates, permits and registrations will be "
                "accepted through a single online portal. Paper forms will remain available for those "
                "who prefer them, but electronic requests are expected to be processed faster.",
                "Согласно законопроекту, заявления на справки, разрешения и регистрацию будут приниматься "
                "через единый онлайн-портал. Бумажные формы сохранятся для тех, кому они удобнее, однако "
                "электронные обращения, как ожидается, будут рассматриваться быстрее.",
                "Օրինագծի համաձայն՝ տեղեկանքների, թույլտվությունների և գրանցման դիմումները կընդունվեն "
                "միասնական առցանց հարթակի միջոցով։ Թղթային ձևաթղթերը կպահպանվեն նրանց համար, ովքեր "
                "դրանք նախընտրում են, սակայն էլեկտրոնային դիմումները, ինչպես ակնկալվում է, ավելի "
                "արագ կքննարկվեն։",
            ),
            _t(
                "A pilot version of the system has already been tested in the city of {city}, where "
                "officials report that queues at service centres have become noticeably shorter. "
                "Committee members asked the government to publish regular statistics on how the "
                "portal is used.",
                "Пилотная версия системы уже прошла испытания в городе {city}: по данным чиновников, "
                "очереди в центрах обслуживания там заметно сократились. Члены комитета попросили "
                "правительство регулярно публиковать статистику использования портала.",
                "Համակարգի փորձնական տարբերակն արդեն փորձարկվել է {city} քաղաքում, որտեղ, "
                "պաշտոնյաների տվյալներով, սպասարկման կենտրոններում հերթերը զգալիորեն կրճատվել են։ "
                "Հանձնաժողովի անդամները կառավարությանը խնդրեցին պարբերաբար հրապարակել հարթակի "
                "օգտագործման վիճակագրությունը։",
            ),
            _t(
                "Opposition deputies supported the general idea but raised concerns about data "
                "protection and access for older citizens in rural areas. The authors of the bill "
                "promised to add provisions on the storage of personal data before the second reading.",
                "Оппозиционные депутаты поддержали общую идею, но выразили обеспокоенность защитой "
                "данных и доступностью услуг для пожилых жителей сельской местности. Авторы "
                "законопроекта пообещали дополнить его нормами о хранении персональных данных ко "
                "второму чтению.",
                "Ընդդիմադիր պատգամավորները պաշտպանեցին ընդհանուր գաղափարը, սակայն մտահոգություն "
                "հայտնեցին տվյալների պաշտպանության և գյուղական բնակավայրերի տարեց բնակիչների համար "
                "ծառայությունների հասանելիության վերաբերյալ։ Օրինագծի հեղինակները խոստացան մինչև "
                "երկրորդ ընթերցումը լրացնել այն անձնական տվյալների պահպանման դրույթներով։",
            ),
            _t(
                "If adopted, the law will enter into force in stages, starting in {year}. Training "
                "sessions for civil servants and public information campaigns are planned in every "
                "district.",
                "В случае принятия закон будет вступать в силу поэтапно, начиная с {year} года. Во всех "
                "районах планируются обучение госслужащих и информационные кампании для населения.",
                "Ընդունվելու դեպքում օրենքը փուլերով կուժի մեջ մտնի՝ սկսած {year} թվականից։ Բոլոր "
                "շրջաններում նախատեսվում են պետական ծառայողների վերապատրաստումներ և բնակչության "
                "իրազեկման արշավներ։",
            ),
        ],
        "subheading": _t(
            "Data protection in focus",
            "В центре внимания — защита данных",
            "Ուշադրության կենտրոնում՝ տվյալների պաշտպանությունը",
        ),
        "quote": {
            "text": _t(
                "Our goal is simple: a citizen should spend minutes, not days, on routine paperwork.",
                "Наша цель проста: на рутинные бумажные процедуры гражданин должен тратить минуты, а не дни.",
                "Մեր նպատակը պարզ է։ Քաղաքացին սովորական թղթաբանության վրա պետք է ծախսի րոպեներ, "
                "ոչ թե օրեր։",
            ),
            "attribution": _t(
                "Rauf Nasirov, deputy chair of the parliamentary committee on legal policy",
                "Рауф Насиров, заместитель председателя комитета парламента по правовой политике",
                "Ռաուֆ Նասիրով, խորհրդարանի իրավական քաղաքականության հանձնաժողովի նախագահի տեղակալ",
            ),
        },
        "facts_title": _t("Key provisions", "Основные положения", "Հիմնական դրույթներ"),
        "facts": [
            _t(
                "Types of services covered: {number}",
                "Число охватываемых услуг: {number}",
                "Ընդգրկված ծառայությունների տեսակներ՝ {number}",
            ),
            _t(
                "Entry into force: in stages from {year}",
                "Вступление в силу: поэтапно с {year} года",
                "Ուժի մեջ մտնելը՝ փուլերով, {year} թվականից",
            ),
            _t(
                "Paper applications remain available",
                "Бумажные заявления сохраняются",
                "Թղթային դիմումները պահպանվում են",
            ),
        ],
        "tags": [8, 21],
        "source": None,
    },
    {
        "headline": _t(
            "Election commission registers candidates for municipal vote in {city}",
            "{city}: избирком завершил регистрацию кандидатов на муниципальных выборах",
            "{city} քաղաքում ավարտվել է տեղական ընտրությունների թեկնածուների գրանցումը",
        ),
        "lead": _t(
            "The number of registered candidates reached {number}, with women making up nearly a "
            "third of the list.",
            "Число зарегистрированных кандидатов достигло {number}, почти треть из них — женщины.",
            "Գրանցված թեկնածուների թիվը կազմել է {number}, որոնց գրեթե մեկ երրորդը կանայք են։",
        ),
        "paragraphs": [
            _t(
                "The district election commission closed the registration period on Friday evening "
                "after reviewing the documents of all nominees. Candidates were put forward by "
                "political parties and civic initiative groups, while some nominated themselves.",
                "Окружная избирательная комиссия завершила регистрацию в пятницу вечером, проверив "
                "документы всех выдвиженцев. Кандидатов выдвинули политические партии и инициативные "
                "группы граждан, часть претендентов выдвинулась самостоятельно.",
                "Ընտրատարածքային ընտրական հանձնաժողովն ուրբաթ երեկոյան ավարտեց գրանցումը՝ "
                "ուսումնասիրելով բոլոր առաջադրվածների փաստաթղթերը։ Թեկնածուներին առաջադրել են "
                "քաղաքական կուսակցությունները և քաղաքացիական նախաձեռնող խմբերը, իսկ մի մասն "
                "առաջադրվել է ինքնաառաջադրմամբ։",
            ),
            _t(
                "Several applications were returned for corrections because of incomplete signature "
                "lists, and most applicants resubmitted them before the deadline. Commission members "
                "said the process had gone more smoothly than during the previous campaign.",
                "Несколько заявлений были возвращены на доработку из-за неполных подписных листов, и "
                "большинство претендентов успели исправить их в срок. Члены комиссии отметили, что "
                "процесс прошёл спокойнее, чем в ходе предыдущей кампании.",
                "Մի քանի դիմում վերադարձվել է լրամշակման՝ ստորագրությունների թերի ցուցակների "
                "պատճառով, և դիմորդների մեծ մասը հասցրել է դրանք ուղղել սահմանված ժամկետում։ "
                "Հանձնաժողովի անդամները նշեցին, որ գործընթացն ավելի սահուն է անցել, քան նախորդ "
                "արշավի ժամանակ։",
            ),
            _t(
                "The councils elected in the vote will be responsible for improving courtyards, "
                "maintaining local roads and supporting community events. Turnout at municipal "
                "elections has traditionally been lower than at national polls, so the commission "
                "plans an awareness campaign aimed at young voters.",
                "Избранные муниципалитеты будут отвечать за благоустройство дворов, содержание местных "
                "дорог и поддержку общественных мероприятий. Явка на муниципальных выборах "
                "традиционно ниже, чем на общенациональных, поэтому комиссия планирует "
                "информационную кампанию для молодых избирателей.",
                "Ընտրված համայնքային խորհուրդները պատասխանատու կլինեն բակերի բարեկարգման, տեղական "
                "ճանապարհների պահպանման և հասարակական միջոցառումներին աջակցելու համար։ Տեղական "
                "ընտրություններին մասնակցությունն ավանդաբար ավելի ցածր է, քան համապետական "
                "ընտրություններին, ուստի հանձնաժողովը նախատեսում է իրազեկման արշավ երիտասարդ "
                "ընտրողների համար։",
            ),
            _t(
                "Campaigning officially begins next week and will last until the day before the vote. "
                "Candidates will receive free airtime on regional television, and debates are planned "
                "in community centres.",
                "Агитационный период официально начнётся на следующей неделе и продлится до дня, "
                "предшествующего голосованию. Кандидатам предоставят бесплатный эфир на региональном "
                "телевидении, а в домах культуры пройдут дебаты.",
                "Նախընտրական քարոզարշավը պաշտոնապես կմեկնարկի հաջորդ շաբաթ և կտևի մինչև "
                "քվեարկությանը նախորդող օրը։ Թեկնածուներին անվճար եթեր կտրամադրվի տարածաշրջանային "
                "հեռուստատեսությամբ, իսկ մշակույթի տներում կանցկացվեն բանավեճեր։",
            ),
            _t(
                "Local and international observers have been invited to monitor the vote. Polling "
                "stations will be equipped with cameras, and preliminary results are expected within "
                "a day of the polls closing.",
                "Для наблюдения за голосованием приглашены местные и международные наблюдатели. "
                "Избирательные участки оснастят камерами, а предварительные итоги ожидаются в течение "
                "суток после закрытия участков.",
                "Քվեարկությանը հետևելու համար հրավիրվել են տեղական և միջազգային դիտորդներ։ "
                "Ընտրատեղամասերը կհագեցվեն տեսախցիկներով, իսկ նախնական արդյունքները սպասվում են "
                "տեղամասերի փակվելուց հետո մեկ օրվա ընթացքում։",
            ),
        ],
        "subheading": _t(
            "Campaign starts next week",
            "Агитация стартует через неделю",
            "Քարոզարշավը կմեկնարկի հաջորդ շաբաթ",
        ),
        "quote": {
            "text": _t(
                "We want every resident to know who is running and what they propose for their "
                "neighbourhood.",
                "Мы хотим, чтобы каждый житель знал, кто баллотируется и что предлагает для его квартала.",
                "Մենք ուզում ենք, որ յուրաքանչյուր բնակիչ իմանա, թե ով է առաջադրվում և ինչ է "
                "առաջարկում իր թաղամասի համար։",
            ),
            "attribution": _t(
                "Samira Guliyeva, secretary of the district election commission",
                "Самира Кулиева, секретарь окружной избирательной комиссии",
                "Սամիրա Գուլիևա, ընտրատարածքային ընտրական հանձնաժողովի քարտուղար",
            ),
        },
        "facts_title": _t(
            "The election at a glance", "Выборы коротко", "Ընտրությունները հակիրճ"
        ),
        "facts": [
            _t(
                "Registered candidates: {number}",
                "Зарегистрировано кандидатов: {number}",
                "Գրանցված թեկնածուներ՝ {number}",
            ),
            _t(
                "Campaign period: four weeks",
                "Агитационный период: четыре недели",
                "Քարոզարշավի տևողությունը՝ չորս շաբաթ",
            ),
            _t(
                "Observers: local and international",
                "Наблюдатели: местные и международные",
                "Դիտորդներ՝ տեղական և միջազգային",
            ),
        ],
        "tags": [2, 8],
        "source": _t(
            "District election commission press service",
            "Пресс-служба окружной избирательной комиссии",
            "Ընտրատարածքային ընտրական հանձնաժողովի մամուլի ծառայություն",
        ),
    },
    {
        "headline": _t(
            "Foreign ministers discuss regional connectivity at talks in {city}",
            "Главы МИД обсудили транспортную связанность региона на встрече в городе {city}",
            "{city} քաղաքում արտաքին գործերի նախարարները քննարկել են տարածաշրջանային կապակցվածությունը",
        ),
        "lead": _t(
            "The delegations agreed to set up a joint working group on customs procedures and "
            "railway tariffs.",
            "Делегации договорились создать совместную рабочую группу по таможенным процедурам и "
            "железнодорожным тарифам.",
            "Պատվիրակությունները պայմանավորվել են ստեղծել մաքսային ընթացակարգերի և երկաթուղային "
            "սակագների հարցերով համատեղ աշխատանքային խումբ։",
        ),
        "paragraphs": [
            _t(
                "The talks lasted more than five hours and included both a plenary session and "
                "bilateral meetings between delegations. According to participants, the atmosphere "
                "was constructive, and the sides focused on practical questions rather than "
                "declarations.",
                "Переговоры продлились более пяти часов и включали как пленарную сессию, так и "
                "двусторонние встречи делегаций. По словам участников, атмосфера была конструктивной, "
                "а стороны сосредоточились на практических вопросах, а не на декларациях.",
                "Բանակցությունները տևեցին ավելի քան հինգ ժամ և ներառում էին ինչպես լիագումար նիստ, "
                "այնպես էլ պատվիրակությունների երկկողմ հանդիպումներ։ Մասնակիցների խոսքով՝ "
                "մթնոլորտը կառուցողական էր, և կողմերը կենտրոնացան գործնական հարցերի, այլ ոչ թե "
                "հայտարարությունների վրա։",
            ),
            _t(
                "The main topic was the harmonisation of customs procedures at border crossings, "
                "where lorries sometimes wait for days. The ministers instructed their experts to "
                "prepare proposals for a shared electronic queue system.",
                "Главной темой стала унификация таможенных процедур на пограничных переходах, где "
                "грузовики порой простаивают по несколько дней. Министры поручили экспертам "
                "подготовить предложения по общей системе электронной очереди.",
                "Գլխավոր թեման սահմանային անցակետերում մաքսային ընթացակարգերի ներդաշնակեցումն էր, "
                "որտեղ բեռնատարները երբեմն օրերով սպասում են։ Նախարարները փորձագետներին "
                "հանձնարարեցին առաջարկներ պատրաստել էլեկտրոնային հերթի ընդհանուր համակարգի "
                "վերաբերյալ։",
            ),
            _t(
                "Railway tariffs were also on the agenda. Freight operators have long argued that "
                "differences in pricing make transit routes less competitive, and the working group "
                "is expected to present its first recommendations before the end of the year.",
                "На повестке стояли и железнодорожные тарифы. Грузовые операторы давно указывают, что "
                "различия в ценообразовании снижают конкурентоспособность транзитных маршрутов; "
                "первые рекомендации рабочей группы ожидаются до конца года.",
                "Օրակարգում էին նաև երկաթուղային սակագները։ Բեռնափոխադրողները վաղուց նշում են, որ "
                "գնագոյացման տարբերությունները նվազեցնում են տարանցիկ երթուղիների մրցունակությունը, "
                "և աշխատանքային խմբի առաջին առաջարկությունները սպասվում են մինչև տարեվերջ։",
            ),
            _t(
                "Separately, the ministers discussed student exchange programmes and simplified visa "
                "procedures for researchers. Several universities have already expressed interest in "
                "joint summer schools.",
                "Отдельно министры обсудили программы студенческого обмена и упрощение визовых "
                "процедур для исследователей. Ряд университетов уже выразил заинтересованность в "
                "проведении совместных летних школ.",
                "Առանձին նախարարները քննարկեցին ուսանողական փոխանակման ծրագրերը և հետազոտողների "
                "համար վիզային ընթացակարգերի պարզեցումը։ Մի շարք համալսարաններ արդեն հետաքրքրություն "
                "են հայտնել համատեղ ամառային դպրոցներ անցկացնելու հարցում։",
            ),
            _t(
                "The next round of consultations is scheduled for the spring of {year}. The host "
                "country will be chosen by rotation, and the working group will report on its "
                "progress before then.",
                "Следующий раунд консультаций запланирован на весну {year} года. Принимающая страна "
                "будет определена по ротации, а рабочая группа до этого отчитается о проделанной работе.",
                "Խորհրդակցությունների հաջորդ փուլը նախատեսված է {year} թվականի գարնանը։ "
                "Հյուրընկալող երկիրը կորոշվի ռոտացիայի սկզբունքով, իսկ մինչ այդ աշխատանքային "
                "խումբը կզեկուցի կատարված աշխատանքի մասին։",
            ),
        ],
        "subheading": _t(
            "Customs and railways on the agenda",
            "Таможня и железные дороги в повестке",
            "Օրակարգում՝ մաքսային ոլորտն ու երկաթուղին",
        ),
        "quote": {
            "text": _t(
                "Good neighbourly relations are built not only in conference halls but also at "
                "border posts and railway stations.",
                "Добрососедские отношения строятся не только в залах переговоров, но и на пограничных "
                "постах и вокзалах.",
                "Բարիդրացիական հարաբերությունները կառուցվում են ոչ միայն բանակցությունների "
                "սրահներում, այլև սահմանային անցակետերում ու կայարաններում։",
            ),
            "attribution": _t(
                "Kamran Eyvazov, deputy foreign minister",
                "Камран Эйвазов, заместитель министра иностранных дел",
                "Քամրան Էյվազով, արտաքին գործերի նախարարի տեղակալ",
            ),
        },
        "facts_title": _t(
            "Outcome of the meeting", "Итоги встречи", "Հանդիպման արդյունքները"
        ),
        "facts": [
            _t(
                "Length of talks: more than five hours",
                "Продолжительность переговоров: более пяти часов",
                "Բանակցությունների տևողությունը՝ ավելի քան հինգ ժամ",
            ),
            _t(
                "New joint working group on customs and tariffs",
                "Создана рабочая группа по таможне и тарифам",
                "Ստեղծվել է մաքսային և սակագնային հարցերով աշխատանքային խումբ",
            ),
            _t(
                "Next round: spring {year}",
                "Следующий раунд: весна {year} года",
                "Հաջորդ փուլը՝ {year} թվականի գարուն",
            ),
        ],
        "tags": [11, 1, 10],
        "source": _t(
            "Foreign Ministry press service",
            "Пресс-служба МИД",
            "ԱԳՆ մամուլի ծառայություն",
        ),
    },
    {
        "headline": _t(
            "Cabinet approves regional development plan with {number} infrastructure projects",
            "Кабмин утвердил программу развития регионов: число инфраструктурных проектов — {number}",
            "Կառավարությունը հաստատել է մարզերի զարգացման ծրագիր՝ {number} ենթակառուցվածքային նախագծով",
        ),
        "lead": _t(
            "The plan covers water supply, rural roads, schools and clinics, with priority given to "
            "districts far from major cities.",
            "Программа охватывает водоснабжение, сельские дороги, школы и поликлиники; приоритет "
            "отдан районам, удалённым от крупных городов.",
            "Ծրագիրը ներառում է ջրամատակարարում, գյուղական ճանապարհներ, դպրոցներ և պոլիկլինիկաներ, "
            "իսկ առաջնահերթությունը տրված է խոշոր քաղաքներից հեռու գտնվող շրջաններին։",
        ),
        "paragraphs": [
            _t(
                "The cabinet approved the programme at its regular meeting, following consultations "
                "with district administrations and business associations. The document sets out "
                "priorities for the next five years and will be reviewed annually.",
                "Кабинет министров утвердил программу на очередном заседании после консультаций с "
                "районными администрациями и деловыми ассоциациями. Документ определяет приоритеты на "
                "ближайшие пять лет и будет ежегодно пересматриваться.",
                "Կառավարությունը ծրագիրը հաստատեց հերթական նիստում՝ շրջանային վարչակազմերի և "
                "գործարար միավորումների հետ խորհրդակցություններից հետո։ Փաստաթուղթը սահմանում է "
                "առաջիկա հինգ տարվա առաջնահերթությունները և ամեն տարի կվերանայվի։",
            ),
            _t(
                "The largest share of funding will go to drinking water and irrigation networks, "
                "which remain a concern in many villages. Road repairs come second, followed by the "
                "construction and renovation of schools and primary healthcare centres.",
                "Наибольшая часть средств будет направлена на сети питьевого водоснабжения и орошения, "
                "которые по-прежнему остаются проблемой во многих сёлах. На втором месте — ремонт "
                "дорог, далее следуют строительство и реконструкция школ и центров первичной "
                "медицинской помощи.",
                "Ֆինանսավորման ամենամեծ մասը կուղղվի խմելու ջրի և ոռոգման ցանցերին, որոնք շատ "
                "գյուղերում դեռևս խնդրահարույց են։ Երկրորդ տեղում ճանապարհների վերանորոգումն է, "
                "որին հաջորդում են դպրոցների և առաջնային բուժօգնության կենտրոնների կառուցումն ու "
                "վերակառուցումը։",
            ),
            _t(
                "Officials in the city of {city} said they had already submitted a list of priority "
                "projects, including a new bus terminal and the reconstruction of a sports complex. "
                "The final selection will be made by an interagency commission.",
                "В администрации города {city} сообщили, что уже подали перечень приоритетных "
                "проектов, включая новый автовокзал и реконструкцию спортивного комплекса. "
                "Окончательный отбор проведёт межведомственная комиссия.",
                "{city} քաղաքի վարչակազմից հայտնել են, որ արդեն ներկայացրել են առաջնահերթ "
                "նախագծերի ցանկը, այդ թվում՝ նոր ավտոկայան և մարզահամալիրի վերակառուցում։ "
                "Վերջնական ընտրությունը կկատարի միջգերատեսչական հանձնաժողովը։",
            ),
            _t(
                "Economists note that the success of the programme will depend on the quality of "
                "project management at the local level. The government has promised to publish "
                "progress reports online so that residents can follow the work.",
                "Экономисты отмечают, что успех программы будет зависеть от качества управления "
                "проектами на местах. Правительство пообещало публиковать отчёты о ходе работ в "
                "интернете, чтобы жители могли следить за их выполнением.",
                "Տնտեսագետները նշում են, որ ծրագրի հաջողությունը կախված կլինի տեղերում նախագծերի "
                "կառավարման որակից։ Կառավարությունը խոստացել է աշխատանքների ընթացքի մասին "
                "հաշվետվությունները հրապարակել համացանցում, որպեսզի բնակիչները կարողանան հետևել դրանց։",
            ),
            _t(
                "The first tenders are expected to be announced in {year}. Contractors will be "
                "required to hire local workers wherever possible.",
                "Первые тендеры планируется объявить в {year} году. Подрядчики будут обязаны по "
                "возможности привлекать местных работников.",
                "Առաջին մրցույթները նախատեսվում է հայտարարել {year} թվականին։ Կապալառուները "
                "պարտավոր կլինեն հնարավորության դեպքում ներգրավել տեղացի աշխատողների։",
            ),
        ],
        "subheading": _t(
            "Water and roads come first",
            "Вода и дороги — в приоритете",
            "Առաջնահերթությունը՝ ջուր և ճանապարհներ",
        ),
        "quote": {
            "text": _t(
                "Every district should feel this programme not in reports, but in the water from the "
                "tap and the road to school.",
                "Каждый район должен почувствовать программу не в отчётах, а в воде из-под крана и "
                "дороге до школы.",
                "Յուրաքանչյուր շրջան այս ծրագիրը պետք է զգա ոչ թե հաշվետվություններում, այլ "
                "ծորակից հոսող ջրի և դպրոց տանող ճանապարհի մեջ։",
            ),
            "attribution": _t(
                "Tahir Mirzayev, deputy minister of economy",
                "Тахир Мирзаев, заместитель министра экономики",
                "Թահիր Միրզաև, էկոնոմիկայի նախարարի տեղակալ",
            ),
        },
        "facts_title": _t(
            "Programme details", "Детали программы", "Ծրագրի մանրամասները"
        ),
        "facts": [
            _t(
                "Infrastructure projects: {number}",
                "Число инфраструктурных проектов: {number}",
                "Ենթակառուցվածքային նախագծեր՝ {number}",
            ),
            _t(
                "Programme period: five years",
                "Срок реализации: пять лет",
                "Իրականացման ժամկետը՝ հինգ տարի",
            ),
            _t(
                "First tenders: {year}",
                "Первые тендеры: {year} год",
                "Առաջին մրցույթները՝ {year} թվական",
            ),
        ],
        "tags": [19, 9, 1],
        "source": _t(
            "Cabinet of Ministers information service",
            "Информационная служба Кабинета министров",
            "Նախարարների կաբինետի տեղեկատվական ծառայություն",
        ),
    },
    {
        "headline": _t(
            "Parliament holds hearings on youth employment and internships",
            "В парламенте прошли слушания о занятости молодёжи и стажировках",
            "Խորհրդարանում լսումներ են անցկացվել երիտասարդների զբաղվածության և պրակտիկայի վերաբերյալ",
        ),
        "lead": _t(
            "Deputies proposed tax incentives for employers offering paid internships; {number} "
            "companies have already joined a pilot scheme.",
            "Депутаты предложили налоговые льготы для работодателей, предлагающих оплачиваемые "
            "стажировки; число компаний в пилотной программе уже достигло {number}.",
            "Պատգամավորներն առաջարկել են հարկային արտոնություններ վճարովի պրակտիկա առաջարկող "
            "գործատուների համար։ Պիլոտային ծրագրին արդեն միացել է {number} ընկերություն։",
        ),
        "paragraphs": [
            _t(
                "The hearings brought together members of parliament, ministry officials, employers "
                "and student organisations. Participants agreed that many graduates struggle to find "
                "their first job because employers ask for experience that young people have had no "
                "chance to gain.",
                "В слушаниях приняли участие депутаты, представители министерств, работодатели и "
                "студенческие организации. Участники согласились, что многие выпускники с трудом "
                "находят первую работу, поскольку работодатели требуют опыта, который молодым людям "
                "негде было получить.",
                "Լսումներին մասնակցել են պատգամավորներ, նախարարությունների ներկայացուցիչներ, "
                "գործատուներ և ուսանողական կազմակերպություններ։ Մասնակիցները համաձայնեցին, որ շատ "
                "շրջանավարտներ դժվարությամբ են գտնում իրենց առաջին աշխատանքը, քանի որ գործատուները "
                "պահանջում են փորձ, որը երիտասարդները ձեռք բերելու հնարավորություն չեն ունեցել։",
            ),
            _t(
                "Under the proposal, companies that take on interns for at least three months and "
                "pay them no less than the minimum wage would receive a partial reduction in social "
                "contributions. The measure would apply to young people under 29.",
                "Согласно предложению, компании, которые берут стажёров минимум на три месяца и платят "
                "им не ниже минимальной зарплаты, получат частичное снижение социальных отчислений. "
                "Мера будет распространяться на молодых людей в возрасте до 29 лет.",
                "Առաջարկի համաձայն՝ այն ընկերությունները, որոնք պրակտիկանտներին ընդունում են "
                "առնվազն երեք ամսով և վճարում նվազագույն աշխատավարձից ոչ պակաս, կստանան "
                "սոցիալական վճարների մասնակի նվազեցում։ Միջոցառումը կտարածվի մինչև 29 տարեկան "
                "երիտասարդների վրա։",
            ),
            _t(
                "Students from the city of {city} who spoke at the hearings described long searches "
                "for placements and unpaid internships that rarely led to a job offer. Several said "
                "they were considering moving abroad if nothing changed. Employers, for their part, "
                "asked universities for more practical training.",
                "Студенты из города {city}, выступившие на слушаниях, рассказали о долгих поисках мест "
                "для практики и неоплачиваемых стажировках, которые редко заканчиваются предложением "
                "о работе. Некоторые признались, что подумывают о переезде за границу, если ситуация "
                "не изменится. Работодатели, в свою очередь, призвали вузы уделять больше внимания "
                "практической подготовке.",
                "Լսումներին ելույթ ունեցած {city} քաղաքի ուսանողները պատմեցին պրակտիկայի վայրերի "
                "երկարատև որոնումների և անվճար պրակտիկաների մասին, որոնք հազվադեպ են ավարտվում "
                "աշխատանքի առաջարկով։ Ոմանք խոստովանեցին, որ մտածում են արտասահման տեղափոխվելու "
                "մասին, եթե իրավիճակը չփոխվի։ Գործատուներն իրենց հերթին կոչ արեցին բուհերին ավելի "
                "մեծ ուշադրություն դարձնել գործնական պատրաստվածությանը։",
            ),
            _t(
                "The labour ministry presented data from the pilot scheme, which showed that most "
                "interns were eventually offered permanent contracts. Officials cautioned, however, "
                "that the sample was small and mostly limited to large companies.",
                "Министерство труда представило данные пилотной программы: большинству стажёров в "
                "итоге предложили постоянные контракты. Впрочем, чиновники предупредили, что выборка "
                "невелика и охватывает в основном крупные компании.",
                "Աշխատանքի նախարարությունը ներկայացրեց պիլոտային ծրագրի տվյալները, համաձայն որոնց՝ "
                "պրակտիկանտների մեծ մասին ի վերջո առաջարկվել են մշտական պայմանագրեր։ Սակայն "
                "պաշտոնյաները զգուշացրին, որ ընտրանքը փոքր է և հիմնականում ընդգրկում է խոշոր "
                "ընկերություններ։",
            ),
            _t(
                "The committee will prepare a set of recommendations and may submit amendments to "
                "the tax code in {year}. Student unions have asked to be involved in drafting the "
                "document.",
                "Комитет подготовит пакет рекомендаций и, возможно, внесёт поправки в Налоговый "
                "кодекс в {year} году. Студенческие союзы попросили привлечь их к работе над документом.",
                "Հանձնաժողովը կպատրաստի առաջարկությունների փաթեթ և, հնարավոր է, {year} թվականին "
                "հարկային օրենսգրքում փոփոխությունների նախագիծ ներկայացնի։ Ուսանողական "
                "միությունները խնդրել են իրենց ներգրավել փաստաթղթի մշակման աշխատանքներում։",
            ),
        ],
        "subheading": _t(
            "First job, first experience",
            "Первая работа — первый опыт",
            "Առաջին աշխատանք՝ առաջին փորձ",
        ),
        "quote": {
            "text": _t(
                "A young specialist who gets a fair start is the best investment an economy can make.",
                "Молодой специалист, получивший честный старт, — лучшая инвестиция для экономики.",
                "Արդար մեկնարկ ստացած երիտասարդ մասնագետը տնտեսության լավագույն ներդրումն է։",
            ),
            "attribution": _t(
                "Gunel Abbasova, member of the parliamentary committee on youth and sport",
                "Гюнель Аббасова, член парламентского комитета по делам молодёжи и спорта",
                "Գյունել Աբբասովա, խորհրդարանի երիտասարդության և սպորտի հարցերի հանձնաժողովի անդամ",
            ),
        },
        "facts_title": _t(
            "The proposal in brief", "Коротко о предложении", "Առաջարկը հակիրճ"
        ),
        "facts": [
            _t(
                "Companies in the pilot scheme: {number}",
                "Число компаний в пилотной программе: {number}",
                "Պիլոտային ծրագրի ընկերություններ՝ {number}",
            ),
            _t(
                "Minimum internship length: three months",
                "Минимальный срок стажировки: три месяца",
                "Պրակտիկայի նվազագույն տևողությունը՝ երեք ամիս",
            ),
            _t(
                "Age limit for participants: under 29",
                "Возрастной порог: до 29 лет",
                "Տարիքային շեմը՝ մինչև 29 տարեկան",
            ),
        ],
        "tags": [5, 22],
        "source": _t(
            "Parliament press service",
            "Пресс-служба парламента",
            "Խորհրդարանի մամուլի ծառայություն",
        ),
    },
]

# ----------------------------------------------------------------- economy --

STORIES["economy"] = [
    {
        "headline": _t(
            "Central bank leaves key rate unchanged, citing stable inflation",
            "Центробанк сохранил учётную ставку, сославшись на стабильную инфляцию",
            "Կենտրոնական բանկը անփոփոխ է թողել հիմնական տոկոսադրույքը՝ վկայակոչելով գնաճի կայունությունը",
        ),
        "lead": _t(
            "The regulator said price growth remained within its target range, while household "
            "lending grew by {number} million manats over the quarter.",
            "Регулятор заявил, что рост цен остаётся в пределах целевого коридора, а объём "
            "кредитования населения за квартал увеличился на {number} млн манатов.",
            "Կարգավորողը հայտարարել է, որ գների աճը մնում է թիրախային միջակայքում, իսկ "
            "եռամսյակի ընթացքում բնակչությանը տրամադրված վարկերի ծավալն աճել է {number} միլիոն մանաթով։",
        ),
        "paragraphs": [
            _t(
                "The decision was widely expected by market participants. In a statement, the board "
                "noted that food prices had stabilised after a volatile spring and that the national "
                "currency remained steady.",
                "Решение было ожидаемым для участников рынка. В заявлении совета директоров "
                "отмечается, что цены на продовольствие стабилизировались после неспокойной весны, а "
                "курс национальной валюты остаётся устойчивым.",
                "Որոշումը շուկայի մասնակիցների համար սպասելի էր։ Տնօրենների խորհրդի հայտարարության "
                "մեջ նշվում է, որ անկայուն գարնանից հետո պարենային ապրանքների գները կայունացել են, "
                "իսկ ազգային արժույթի փոխարժեքը մնում է կայուն։",
            ),
            _t(
                "Analysts point to the rapid growth of consumer lending as the main risk. Banks have "
                "been actively promoting instalment plans for household appliances and smartphones, "
                "and the regulator has signalled that it may tighten checks on borrowers' incomes.",
                "Главным риском аналитики называют быстрый рост потребительского кредитования. Банки "
                "активно продвигают рассрочку на бытовую технику и смартфоны, и регулятор дал понять, "
                "что может ужесточить требования к проверке доходов заёмщиков.",
                "Վերլուծաբանները որպես հիմնական ռիսկ նշում են սպառողական վարկավորման արագ աճը։ "
                "Բանկերն ակտիվորեն առաջ են մղում կենցաղային տեխնիկայի և սմարթֆոնների ապառիկ "
                "վաճառքը, և կարգավորողը ակնարկել է, որ կարող է խստացնել վարկառուների եկամուտների "
                "ստուգման պահանջները։",
            ),
            _t(
                "Business associations welcomed the predictability of monetary policy but repeated "
                "calls for cheaper long-term loans for manufacturers. Small companies in the city of "
                "{city}, they say, often have to pledge property worth far more than the loan itself.",
                "Деловые ассоциации приветствовали предсказуемость денежно-кредитной политики, но вновь "
                "призвали к удешевлению долгосрочных кредитов для производства. По их словам, малым "
                "компаниям в городе {city} зачастую приходится предоставлять залог, стоимость которого "
                "значительно превышает сумму кредита.",
                "Գործարար միավորումները ողջունեցին դրամավարկային քաղաքականության "
                "կանխատեսելիությունը, սակայն կրկին կոչ արեցին էժանացնել արտադրության համար "
                "երկարաժամկետ վարկերը։ Նրանց խոսքով՝ {city} քաղաքի փոքր ընկերությունները հաճախ "
                "ստիպված են գրավ դնել գույք, որի արժեքը զգալիորեն գերազանցում է վարկի գումարը։",
            ),
            _t(
                "The central bank also reported progress on its digital payments strategy. The share "
                "of card and QR-code payments in retail continued to rise, especially among younger "
                "customers.",
                "Центробанк также сообщил о продвижении стратегии цифровых платежей. Доля "
                "безналичных расчётов картами и по QR-коду в розничной торговле продолжила расти, "
                "особенно среди молодых покупателей.",
                "Կենտրոնական բանկը հայտնեց նաև թվային վճարումների ռազմավարության առաջընթացի մասին։ "
                "Մանրածախ առևտրում քարտերով և QR կոդով վճարումների տեսակարար կշիռը շարունակել է "
                "աճել, հատկապես երիտասարդ գնորդների շրջանում։",
            ),
            _t(
                "The board's next monetary policy meeting is scheduled for the autumn. Updated "
                "inflation forecasts for {year} will be published together with the decision.",
                "Следующее заседание по денежно-кредитной политике запланировано на осень. Вместе с "
                "решением будут опубликованы обновлённые прогнозы инфляции на {year} год.",
                "Դրամավարկային քաղաքականության հարցերով խորհրդի հաջորդ նիստը նախատեսված է աշնանը։ "
                "Որոշման հետ միասին կհրապարակվեն {year} թվականի գնաճի թարմացված կանխատեսումները։",
            ),
        ],
        "subheading": _t(
            "Consumer loans under scrutiny",
            "Потребкредиты под наблюдением",
            "Սպառողական վարկերը ուշադրության կենտրոնում",
        ),
        "quote": {
            "text": _t(
                "We see no reason for sharp moves. Stability is the best support we can give to "
                "households and businesses.",
                "Мы не видим оснований для резких шагов. Стабильность — лучшая поддержка, которую мы "
                "можем дать семьям и бизнесу.",
                "Կտրուկ քայլերի հիմքեր չենք տեսնում։ Կայունությունը լավագույն աջակցությունն է, որ "
                "կարող ենք տալ ընտանիքներին և բիզնեսին։",
            ),
            "attribution": _t(
                "Elnur Gasimov, member of the central bank board",
                "Эльнур Гасымов, член правления Центробанка",
                "Էլնուր Գասիմով, Կենտրոնական բանկի խորհրդի անդամ",
            ),
        },
        "facts_title": _t(
            "Monetary snapshot",
            "Денежно-кредитная политика: коротко",
            "Դրամավարկային քաղաքականությունը՝ հակիրճ",
        ),
        "facts": [
            _t(
                "Key rate: unchanged",
                "Учётная ставка: без изменений",
                "Հիմնական տոկոսադրույքը՝ անփոփոխ",
            ),
            _t(
                "Quarterly growth in household lending: {number} million manats",
                "Прирост кредитов населению за квартал: {number} млн манатов",
                "Բնակչության վարկերի եռամսյակային աճը՝ {number} միլիոն մանաթ",
            ),
            _t(
                "New inflation forecast covers {year}",
                "Новый прогноз инфляции — на {year} год",
                "Գնաճի նոր կանխատեսումը՝ {year} թվականի համար",
            ),
        ],
        "tags": [18, 10],
        "source": _t(
            "Central Bank press service",
            "Пресс-служба Центрального банка",
            "Կենտրոնական բանկի մամուլի ծառայություն",
        ),
    },
    {
        "headline": _t(
            "New solar plant near {city} begins test operations",
            "Под городом {city} в тестовом режиме заработала новая солнечная электростанция",
            "{city} քաղաքի մերձակայքում նոր արևային էլեկտրակայանը գործարկվել է փորձնական ռեժիմով",
        ),
        "lead": _t(
            "The station's capacity is {number} megawatts, enough to supply tens of thousands of "
            "households.",
            "Мощность станции составляет {number} МВт — этого достаточно, чтобы обеспечить "
            "электроэнергией десятки тысяч домохозяйств.",
            "Կայանի հզորությունը {number} մեգավատ է, ինչը բավարար է տասնյակ հազարավոր տնային "
            "տնտեսությունների կարիքները հոգալու համար։",
        ),
        "paragraphs": [
            _t(
                "The plant occupies a former pasture that had been unused for years. Thousands of "
                "photovoltaic panels stand in neat rows, with a control building and a substation at "
                "the edge of the site.",
                "Станция расположена на бывшем пастбище, которое много лет не использовалось. Тысячи "
                "фотоэлектрических панелей установлены ровными рядами, а на краю площадки находятся "
                "здание управления и подстанция.",
                "Կայանը տեղակայված է նախկին արոտավայրում, որը երկար տարիներ չէր օգտագործվում։ "
                "Հազարավոր ֆոտոէլեկտրական վահանակներ տեղադրված են հավասար շարքերով, իսկ տարածքի "
                "եզրին գտնվում են կառավարման շենքը և ենթակայանը։",
            ),
            _t(
                "During the test period, engineers will check how the equipment copes with summer "
                "heat and dust, two factors that can reduce efficiency. Automatic robots will clean "
                "the panels at night using recycled water.",
                "В период испытаний инженеры проверят, как оборудование справляется с летней жарой и "
                "пылью — двумя факторами, способными снизить эффективность. Автоматические роботы "
                "будут очищать панели по ночам с использованием оборотной воды.",
                "Փորձնական շրջանում ինժեներները կստուգեն, թե ինչպես է սարքավորումը դիմանում "
                "ամառային շոգին և փոշուն՝ երկու գործոն, որոնք կարող են նվազեցնել "
                "արդյունավետությունը։ Ավտոմատ ռոբոտները գիշերները կմաքրեն վահանակները՝ օգտագործելով "
                "վերամշակված ջուր։",
            ),
            _t(
                "The project was financed by a consortium of local and foreign investors under a "
                "long-term power purchase agreement. About two hundred people worked on the "
                "construction site, many of them from nearby villages.",
                "Проект профинансирован консорциумом местных и иностранных инвесторов в рамках "
                "долгосрочного договора на покупку электроэнергии. На стройке работали около двухсот "
                "человек, многие из них — жители окрестных сёл.",
                "Նախագիծը ֆինանսավորվել է տեղական և օտարերկրյա ներդրողների կոնսորցիումի կողմից՝ "
                "էլեկտրաէներգիայի գնման երկարաժամկետ պայմանագրի շրջանակում։ Շինհրապարակում աշխատել "
                "է մոտ երկու հարյուր մարդ, որոնցից շատերը մոտակա գյուղերի բնակիչներ են։",
            ),
            _t(
                "Energy experts say solar generation will help save natural gas for export and cut "
                "emissions. The national grid operator is upgrading transmission lines to cope with "
                "the variable output of renewable plants.",
                "По мнению энергетиков, солнечная генерация позволит сэкономить природный газ для "
                "экспорта и сократить выбросы. Национальный оператор сетей модернизирует линии "
                "электропередачи, чтобы они справлялись с переменной выработкой возобновляемых "
                "источников.",
                "Էներգետիկայի մասնագետների կարծիքով՝ արևային էներգիան թույլ կտա խնայել բնական գազը "
                "արտահանման համար և կրճատել արտանետումները։ Ազգային ցանցային օպերատորն "
                "արդիականացնում է էլեկտրահաղորդման գծերը, որպեսզի դրանք դիմանան վերականգնվող "
                "աղբյուրների փոփոխական արտադրանքին։",
            ),
            _t(
                "Full commercial operation is planned for {year}. The company has also announced a "
                "training programme for young technicians at a vocational college in the region.",
                "Полноценная коммерческая эксплуатация запланирована на {year} год. Компания также "
                "объявила о программе подготовки молодых техников на базе регионального колледжа.",
                "Լիարժեք առևտրային շահագործումը նախատեսված է {year} թվականին։ Ընկերությունը "
                "հայտարարել է նաև տարածաշրջանային քոլեջի բազայի վրա երիտասարդ տեխնիկների "
                "պատրաստման ծրագրի մասին։",
            ),
        ],
        "subheading": _t(
            "Sun instead of gas", "Солнце вместо газа", "Արև՝ գազի փոխարեն"
        ),
        "quote": {
            "text": _t(
                "Every kilowatt-hour produced here means less gas burned at thermal power plants.",
                "Каждый киловатт-час, выработанный здесь, означает, что на тепловых электростанциях "
                "будет сожжено меньше газа.",
                "Այստեղ արտադրված յուրաքանչյուր կիլովատ-ժամ նշանակում է, որ ջերմաէլեկտրակայաններում "
                "ավելի քիչ գազ կայրվի։",
            ),
            "attribution": _t(
                "Farid Alakbarov, technical director of the operating company",
                "Фарид Алекперов, технический директор компании-оператора",
                "Ֆարիդ Ալեքպերով, շահագործող ընկերության տեխնիկական տնօրեն",
            ),
        },
        "facts_title": _t("About the plant", "О станции", "Կայանի մասին"),
        "facts": [
            _t(
                "Capacity: {number} MW",
                "Мощность: {number} МВт",
                "Հզորությունը՝ {number} ՄՎտ",
            ),
            _t(
                "Construction jobs: about 200",
                "Рабочих мест на стройке: около 200",
                "Աշխատատեղեր շինարարության ընթացքում՝ մոտ 200",
            ),
            _t(
                "Commercial operation: {year}",
                "Коммерческая эксплуатация: {year} год",
                "Առևտրային շահագործում՝ {year} թվական",
            ),
        ],
        "tags": [0, 20, 3],
        "source": None,
    },
    {
        "headline": _t(
            "Hotels in {city} report record bookings ahead of the summer season",
            "Гостиницы в городе {city} сообщают о рекордном числе бронирований перед летним сезоном",
            "{city} քաղաքի հյուրանոցները ամառային սեզոնից առաջ ռեկորդային ամրագրումներ են գրանցում",
        ),
        "lead": _t(
            "Advance bookings are up {number} percent on last year, according to the hotel association.",
            "По данным ассоциации отельеров, число предварительных бронирований выросло на {number}% "
            "по сравнению с прошлым годом.",
            "Հյուրանոցատերերի ասոցիացիայի տվյալներով՝ նախնական ամրագրումների թիվը նախորդ տարվա "
            "համեմատ աճել է {number} տոկոսով։",
        ),
        "paragraphs": [
            _t(
                "Hotel managers say demand is being driven by new direct flights and the growing "
                "popularity of short city breaks. Visitors increasingly combine a few days in the "
                "city with trips to mountain villages and wineries.",
                "По словам менеджеров гостиниц, спрос подогревают новые прямые авиарейсы и растущая "
                "популярность коротких городских поездок. Туристы всё чаще совмещают несколько дней в "
                "городе с поездками в горные сёла и на винодельни.",
                "Հյուրանոցների մենեջերների խոսքով՝ պահանջարկը խթանում են նոր ուղիղ չվերթները և "
                "կարճատև քաղաքային ճամփորդությունների աճող հանրաճանաչությունը։ Զբոսաշրջիկներն ավելի "
                "ու ավելի հաճախ քաղաքում անցկացրած մի քանի օրը համատեղում են լեռնային գյուղեր և "
                "գինեգործարաններ կատարվող ուղևորությունների հետ։",
            ),
            _t(
                "Small family guesthouses are also benefiting. Many of them have registered on "
                "international booking platforms and now welcome guests from countries that sent "
                "few visitors only a few years ago.",
                "Выигрывают и небольшие семейные гостевые дома. Многие из них зарегистрировались на "
                "международных платформах бронирования и теперь принимают гостей из стран, откуда "
                "ещё несколько лет назад туристы приезжали редко.",
                "Շահում են նաև ընտանեկան փոքր հյուրատները։ Դրանցից շատերը գրանցվել են ամրագրման "
                "միջազգային հարթակներում և այժմ հյուրեր են ընդունում այնպիսի երկրներից, որտեղից "
                "ընդամենը մի քանի տարի առաջ զբոսաշրջիկները հազվադեպ էին գալիս։",
            ),
            _t(
                "Despite the optimism, the industry faces a shortage of trained staff. Hotel owners "
                "in the city of {city} say they struggle to find receptionists and cooks who speak "
                "foreign languages, and some have launched their own training courses.",
                "Несмотря на оптимизм, отрасль испытывает нехватку подготовленных кадров. Владельцы "
                "гостиниц в городе {city} жалуются, что им трудно найти администраторов и поваров со "
                "знанием иностранных языков, и некоторые из них открыли собственные учебные курсы.",
                "Չնայած լավատեսությանը՝ ոլորտը բախվում է պատրաստված կադրերի պակասի հետ։ {city} "
                "քաղաքի հյուրանոցատերերը նշում են, որ դժվարանում են գտնել օտար լեզուներ իմացող "
                "ադմինիստրատորներ և խոհարարներ, և ոմանք նույնիսկ բացել են սեփական ուսումնական "
                "դասընթացներ։",
            ),
            _t(
                "The tourism authority plans to expand its network of information centres and put "
                "up multilingual signs along popular walking routes. A new mobile app with audio "
                "guides is also being tested.",
                "Туристическое ведомство планирует расширить сеть информационных центров и установить "
                "указатели на нескольких языках на популярных пешеходных маршрутах. Кроме того, "
                "тестируется новое мобильное приложение с аудиогидами.",
                "Զբոսաշրջության գործակալությունը նախատեսում է ընդլայնել տեղեկատվական կենտրոնների "
                "ցանցը և հանրաճանաչ հետիոտն երթուղիներում տեղադրել մի քանի լեզուներով ցուցանակներ։ "
                "Բացի այդ, փորձարկվում է աուդիոգիդերով նոր բջջային հավելված։",
            ),
            _t(
                "Industry representatives expect the positive trend to continue into {year}, "
                "provided that air fares remain affordable. They also hope for a longer season, with "
                "more events planned for the autumn.",
                "Представители отрасли ожидают, что позитивная тенденция сохранится и в {year} году, "
                "если цены на авиабилеты останутся доступными. Они также рассчитывают на удлинение "
                "сезона за счёт осенних мероприятий.",
                "Ոլորտի ներկայացուցիչներն ակնկալում են, որ դրական միտումը կպահպանվի նաև {year} "
                "թվականին, եթե ավիատոմսերի գները մնան մատչելի։ Նրանք նաև հույս ունեն, որ սեզոնը "
                "կերկարի՝ աշնանը նախատեսված միջոցառումների շնորհիվ։",
            ),
        ],
        "subheading": _t(
            "Staff shortage remains a challenge",
            "Нехватка кадров остаётся проблемой",
            "Կադրերի պակասը մնում է խնդիր",
        ),
        "quote": {
            "text": _t(
                "Guests come for the food and the hospitality, so we cannot afford to cut corners "
                "on service.",
                "Гости едут к нам за кухней и гостеприимством, поэтому экономить на сервисе мы не можем.",
                "Հյուրերը գալիս են մեր խոհանոցի և հյուրընկալության համար, ուստի մենք չենք կարող "
                "խնայել սպասարկման հաշվին։",
            ),
            "attribution": _t(
                "Aynur Valiyeva, owner of a family guesthouse",
                "Айнур Велиева, владелица семейного гостевого дома",
                "Այնուր Վալիևա, ընտանեկան հյուրատան սեփականատեր",
            ),
        },
        "facts_title": _t("The season in numbers", "Сезон в цифрах", "Սեզոնը թվերով"),
        "facts": [
            _t(
                "Growth in advance bookings: {number}%",
                "Рост предварительных бронирований: {number}%",
                "Նախնական ամրագրումների աճը՝ {number}%",
            ),
            _t(
                "Busiest months: June and July",
                "Самые востребованные месяцы: июнь и июль",
                "Ամենապահանջված ամիսները՝ հունիս և հուլիս",
            ),
            _t(
                "Audio guide app in testing",
                "Тестируется приложение с аудиогидами",
                "Փորձարկվում է աուդիոգիդերով հավելված",
            ),
        ],
        "tags": [7, 1],
        "source": _t(
            "Hotel association", "Ассоциация отельеров", "Հյուրանոցատերերի ասոցիացիա"
        ),
    },
    {
        "headline": _t(
            "Farmers expect a strong pomegranate harvest despite a dry spring",
            "Фермеры ожидают хорошего урожая граната, несмотря на засушливую весну",
            "Ֆերմերները նռան առատ բերք են ակնկալում՝ չնայած չորային գարնանը",
        ),
        "lead": _t(
            "Orchards in the region cover {number} hectares, and exporters are already negotiating "
            "contracts with buyers abroad.",
            "Площадь садов в регионе составляет {number} га, а экспортёры уже ведут переговоры с "
            "зарубежными покупателями.",
            "Տարածաշրջանում այգիների մակերեսը կազմում է {number} հեկտար, և արտահանողներն արդեն "
            "բանակցում են արտասահմանյան գնորդների հետ։",
        ),
        "paragraphs": [
            _t(
                "A lack of rain in April and May worried growers, but timely drip irrigation helped "
                "save most of the crop. Agronomists say the fruit is slightly smaller than usual but "
                "sweeter.",
                "Отсутствие дождей в апреле и мае встревожило садоводов, однако своевременный "
                "капельный полив помог сохранить большую часть урожая. По словам агрономов, плоды "
                "немного мельче обычного, зато слаще.",
                "Ապրիլին և մայիսին անձրևների բացակայությունը անհանգստացրել էր այգեգործներին, սակայն "
                "ժամանակին կիրառված կաթիլային ոռոգումն օգնեց փրկել բերքի մեծ մասը։ Ագրոնոմների "
                "խոսքով՝ պտուղները սովորականից մի փոքր մանր են, բայց ավելի քաղցր։",
            ),
            _t(
                "In recent years many farmers have switched to modern varieties with a longer shelf "
                "life, which are better suited to export. State subsidies covered part of the cost "
                "of seedlings and irrigation equipment.",
                "За последние годы многие фермеры перешли на современные сорта с более длительным "
                "сроком хранения, которые лучше подходят для экспорта. Часть расходов на саженцы и "
                "оросительное оборудование покрыли государственные субсидии.",
                "Վերջին տարիներին շատ ֆերմերներ անցել են երկար պահպանման ժամկետ ունեցող "
                "ժամանակակից սորտերի, որոնք ավելի հարմար են արտահանման համար։ Տնկիների և ոռոգման "
                "սարքավորումների ծախսերի մի մասը հոգացել են պետական սուբսիդիաները։",
            ),
            _t(
                "A new cold storage facility opened near the city of {city} last autumn, allowing "
                "producers to keep fruit for several months and sell it when prices are higher. "
                "Juice and concentrate factories are also expecting a busy season.",
                "Прошлой осенью рядом с городом {city} открылся новый холодильный склад, позволяющий "
                "хранить фрукты несколько месяцев и продавать их, когда цены выше. Напряжённый сезон "
                "ожидают и заводы по производству сока и концентрата.",
                "Անցյալ աշնանը {city} քաղաքի մոտ բացվել է նոր սառնարանային պահեստ, որը հնարավորություն "
                "է տալիս մրգերը պահել մի քանի ամիս և վաճառել, երբ գներն ավելի բարձր են։ Լարված սեզոն "
                "են ակնկալում նաև հյութի և խտանյութի գործարանները։",
            ),
            _t(
                "Exporters are looking beyond traditional markets and sending trial shipments to the "
                "Gulf states and Central Asia. Certification to international food safety standards "
                "remains the main hurdle for smaller farms.",
                "Экспортёры ищут рынки за пределами традиционных и отправляют пробные партии в страны "
                "Персидского залива и Центральной Азии. Главным препятствием для небольших хозяйств "
                "остаётся сертификация по международным стандартам безопасности пищевой продукции.",
                "Արտահանողները նոր շուկաներ են փնտրում ավանդականներից դուրս և փորձնական "
                "խմբաքանակներ են ուղարկում Պարսից ծոցի և Կենտրոնական Ասիայի երկրներ։ Փոքր "
                "տնտեսությունների համար հիմնական խոչընդոտը մնում է սննդամթերքի անվտանգության "
                "միջազգային ստանդարտներով հավաստագրումը։",
            ),
            _t(
                "Harvesting usually begins in late September and continues through October. "
                "Exporters believe the {year} season could become one of the most successful in "
                "recent memory.",
                "Сбор урожая обычно начинается в конце сентября и продолжается весь октябрь. "
                "Экспортёры считают, что сезон {year} года может стать одним из самых успешных за "
                "последнее время.",
                "Բերքահավաքը սովորաբար սկսվում է սեպտեմբերի վերջին և շարունակվում ամբողջ "
                "հոկտեմբեր։ Արտահանողները կարծում են, որ {year} թվականի սեզոնը կարող է դառնալ "
                "վերջին տարիների ամենահաջողներից մեկը։",
            ),
        ],
        "subheading": _t(
            "New markets for exporters",
            "Новые рынки для экспортёров",
            "Նոր շուկաներ արտահանողների համար",
        ),
        "quote": {
            "text": _t(
                "Water was the biggest worry this year, but the drip lines paid for themselves in a "
                "single season.",
                "В этом году больше всего тревожила вода, но капельные линии окупились за один сезон.",
                "Այս տարի ամենամեծ մտահոգությունը ջուրն էր, բայց կաթիլային գծերն իրենց ծախսը "
                "փոխհատուցեցին մեկ սեզոնում։",
            ),
            "attribution": _t(
                "Vugar Huseynli, farmer and head of a growers' cooperative",
                "Вугар Гусейнли, фермер, глава кооператива садоводов",
                "Վուգար Հուսեյնլի, ֆերմեր, այգեգործների կոոպերատիվի ղեկավար",
            ),
        },
        "facts_title": _t("Harvest outlook", "Прогноз урожая", "Բերքի կանխատեսում"),
        "facts": [
            _t(
                "Orchard area: {number} hectares",
                "Площадь садов: {number} га",
                "Այգիների մակերեսը՝ {number} հեկտար",
            ),
            _t(
                "Harvest: late September to October",
                "Сроки сбора: конец сентября — октябрь",
                "Բերքահավաքը՝ սեպտեմբերի վերջից մինչև հոկտեմբեր",
            ),
            _t(
                "New markets: Gulf states and Central Asia",
                "Новые рынки: страны Залива и Центральная Азия",
                "Նոր շուկաներ՝ Պարսից ծոցի երկրներ և Կենտրոնական Ասիա",
            ),
        ],
        "tags": [9, 10, 3],
        "source": _t(
            "Ministry of Agriculture",
            "Министерство сельского хозяйства",
            "Գյուղատնտեսության նախարարություն",
        ),
    },
    {
        "headline": _t(
            "Technology park opens in {city} with offices and labs for start-ups",
            "В городе {city} открылся технопарк для стартапов",
            "{city} քաղաքում բացվել է տեխնոպարկ՝ գրասենյակներով և լաբորատորիաներով ստարտափների համար",
        ),
        "lead": _t(
            "The complex, with a total floor area of {number} thousand square metres, offers "
            "start-ups offices, laboratories and a prototyping workshop.",
            "Комплекс общей площадью {number} тыс. кв. м предлагает стартапам офисы, лаборатории и "
            "мастерскую для создания прототипов.",
            "{number} հազար քառակուսի մետր ընդհանուր մակերեսով համալիրը ստարտափներին առաջարկում է "
            "գրասենյակներ, լաբորատորիաներ և նախատիպերի ստեղծման արհեստանոց։",
        ),
        "paragraphs": [
            _t(
                "The park occupies the renovated buildings of a former instrument factory. Its first "
                "residents include a team developing soil moisture sensors for farmers, a company "
                "that makes educational games and a small firm designing medical devices.",
                "Технопарк разместился в отремонтированных корпусах бывшего приборостроительного "
                "завода. Среди первых резидентов — команда, разрабатывающая датчики влажности почвы "
                "для фермеров, компания, выпускающая обучающие игры, и небольшая фирма, проектирующая "
                "медицинские приборы.",
                "Տեխնոպարկը տեղակայվել է նախկին սարքաշինական գործարանի վերանորոգված "
                "մասնաշենքերում։ Առաջին ռեզիդենտների թվում են ֆերմերների համար հողի խոնավության "
                "սենսորներ մշակող թիմը, ուսուցողական խաղեր թողարկող ընկերությունը և բժշկական սարքեր "
                "նախագծող փոքր ֆիրման։",
            ),
            _t(
                "Residents receive reduced rent for the first two years, access to shared equipment "
                "and advice on intellectual property. In return, they are expected to report on their "
                "progress and take part in events for students.",
                "Резиденты получают льготную аренду на первые два года, доступ к общему оборудованию и "
                "консультации по интеллектуальной собственности. Взамен от них ждут регулярных "
                "отчётов о ходе работы и участия в мероприятиях для студентов.",
                "Ռեզիդենտներն առաջին երկու տարում ստանում են արտոնյալ վարձավճար, ընդհանուր "
                "սարքավորումներից օգտվելու հնարավորություն և խորհրդատվություն մտավոր սեփականության "
                "հարցերով։ Դրա դիմաց նրանցից ակնկալվում են աշխատանքի ընթացքի մասին պարբերական "
                "հաշվետվություններ և մասնակցություն ուսանողների համար նախատեսված միջոցառումներին։",
            ),
            _t(
                "City officials hope the park will help keep talented graduates in {city} instead of "
                "losing them to large centres abroad. Two universities have already signed agreements "
                "to send students for internships.",
                "Городские власти надеются, что технопарк поможет удержать талантливых выпускников в "
                "городе {city}, а не терять их в пользу крупных зарубежных центров. Два университета "
                "уже подписали соглашения о направлении студентов на стажировки.",
                "Քաղաքային իշխանությունները հույս ունեն, որ տեխնոպարկը կօգնի տաղանդավոր "
                "շրջանավարտներին պահել {city} քաղաքում, այլ ոչ թե կորցնել նրանց արտասահմանյան "
                "խոշոր կենտրոնների օգտին։ Երկու համալսարան արդեն համաձայնագրեր են ստորագրել "
                "ուսանողներին պրակտիկայի ուղարկելու վերաբերյալ։",
            ),
            _t(
                "Investors at the opening noted that early-stage funding remains scarce in the region. "
                "A venture fund backed by several banks plans to hold its first pitch session at the "
                "park next month.",
                "Инвесторы, присутствовавшие на открытии, отметили, что финансирования на ранних "
                "стадиях в регионе по-прежнему не хватает. Венчурный фонд, поддерживаемый несколькими "
                "банками, планирует провести в технопарке первую питч-сессию в следующем месяце.",
                "Բացմանը ներկա ներդրողները նշեցին, որ տարածաշրջանում վաղ փուլի ֆինանսավորումը "
                "դեռևս սակավ է։ Մի քանի բանկերի աջակցությամբ գործող վենչուրային հիմնադրամը "
                "նախատեսում է հաջորդ ամիս տեխնոպարկում անցկացնել իր առաջին փիչ-սեսիան։",
            ),
            _t(
                "The park's management aims to fill all available space by {year}. A second phase, "
                "with a conference hall and a dormitory for visiting researchers, is being designed.",
                "Руководство технопарка рассчитывает заполнить все свободные площади к {year} году. "
                "Второй этап с конференц-залом и общежитием для приезжих исследователей находится в "
                "стадии проектирования.",
                "Տեխնոպարկի ղեկավարությունը ակնկալում է մինչև {year} թվականը զբաղեցնել բոլոր ազատ "
                "տարածքները։ Նախագծման փուլում է երկրորդ հերթը՝ համաժողովների դահլիճով և այցելու "
                "հետազոտողների համար հանրակացարանով։",
            ),
        ],
        "subheading": _t(
            "From factory floors to laboratories",
            "От заводских цехов к лабораториям",
            "Գործարանային արտադրամասերից՝ լաբորատորիաներ",
        ),
        "quote": {
            "text": _t(
                "We want an engineer to be able to build a prototype on Monday and show it to "
                "investors on Friday.",
                "Мы хотим, чтобы инженер мог собрать прототип в понедельник и показать его инвесторам "
                "в пятницу.",
                "Մենք ուզում ենք, որ ինժեները կարողանա երկուշաբթի օրը նախատիպ հավաքել, իսկ ուրբաթ "
                "օրը այն ցույց տալ ներդրողներին։",
            ),
            "attribution": _t(
                "Rashad Bagirov, director of the technology park",
                "Рашад Багиров, директор технопарка",
                "Ռաշադ Բաղիրով, տեխնոպարկի տնօրեն",
            ),
        },
        "facts_title": _t("Park facts", "Технопарк: факты", "Տեխնոպարկը՝ փաստեր"),
        "facts": [
            _t(
                "Floor area: {number} thousand sq m",
                "Площадь: {number} тыс. кв. м",
                "Մակերեսը՝ {number} հազար քառ. մ",
            ),
            _t(
                "Reduced rent: first two years",
                "Льготная аренда: первые два года",
                "Արտոնյալ վարձավճար՝ առաջին երկու տարի",
            ),
            _t(
                "Full occupancy target: {year}",
                "Полная загрузка: к {year} году",
                "Լիարժեք զբաղվածություն՝ մինչև {year} թվականը",
            ),
        ],
        "tags": [8, 21, 18],
        "source": _t(
            "Technology park press office",
            "Пресс-служба технопарка",
            "Տեխնոպարկի մամուլի ծառայություն",
        ),
    },
]

# ----------------------------------------------------------------- society --

STORIES["society"] = [
    {
        "headline": _t(
            "Renovated schools in {city} get ready for the new academic year",
            "В городе {city} обновлённые школы готовятся к новому учебному году",
            "{city} քաղաքում վերանորոգված դպրոցները պատրաստվում են նոր ուսումնական տարվան",
        ),
        "lead": _t(
            "Repairs have been completed in {number} classrooms, and new science laboratories have "
            "been equipped in several buildings.",
            "Число отремонтированных классов достигло {number}, в нескольких зданиях оборудованы "
            "новые лаборатории.",
            "Վերանորոգվել է {number} դասասենյակ, իսկ մի քանի շենքերում կահավորվել են նոր "
            "լաբորատորիաներ։",
        ),
        "paragraphs": [
            _t(
                "Work over the summer included replacing windows, upgrading heating systems and "
                "making entrances accessible for wheelchair users. In older buildings, the electrical "
                "wiring was completely renewed for the first time in decades.",
                "Летом в школах заменили окна, модернизировали системы отопления и оборудовали входы "
                "для людей на инвалидных колясках. В старых зданиях впервые за десятилетия полностью "
                "обновили электропроводку.",
                "Ամռան ընթացքում դպրոցներում փոխարինվել են պատուհանները, արդիականացվել են ջեռուցման "
                "համակարգերը, իսկ մուտքերը հարմարեցվել են անվասայլակով տեղաշարժվողների համար։ Հին "
                "շենքերում տասնամյակներ անց առաջին անգամ ամբողջությամբ նորացվել է էլեկտրալարերի "
                "համակարգը։",
            ),
            _t(
                "Physics, chemistry and biology teachers will receive new laboratory equipment, "
                "including microscopes and digital sensors. Methodologists will run short training "
                "sessions so that the equipment is actually used in lessons.",
                "Учителя физики, химии и биологии получат новое лабораторное оборудование, в том числе "
                "микроскопы и цифровые датчики. Методисты проведут короткие тренинги, чтобы "
                "оборудование действительно использовалось на уроках.",
                "Ֆիզիկայի, քիմիայի և կենսաբանության ուսուցիչները կստանան նոր լաբորատոր "
                "սարքավորումներ, այդ թվում՝ մանրադիտակներ և թվային սենսորներ։ Մեթոդիստները "
                "կարճատև դասընթացներ կանցկացնեն, որպեսզի սարքավորումներն իսկապես օգտագործվեն դասերին։",
            ),
            _t(
                "Parents in the city of {city} welcomed the changes but asked the education "
                "department to pay attention to overcrowded classes in new residential districts. "
                "Officials said two additional schools were being designed for those areas.",
                "Родители в городе {city} приветствовали перемены, но попросили управление образования "
                "обратить внимание на переполненные классы в новых жилых кварталах. Чиновники "
                "сообщили, что для этих районов проектируются ещё две школы.",
                "{city} քաղաքի ծնողները ողջունեցին փոփոխությունները, սակայն կրթության վարչությանը "
                "խնդրեցին ուշադրություն դարձնել նոր բնակելի թաղամասերի գերբեռնված դասարաններին։ "
                "Պաշտոնյաները հայտնեցին, որ այդ թաղամասերի համար նախագծվում է ևս երկու դպրոց։",
            ),
            _t(
                "School canteens were also inspected during the summer. New menus with more fresh "
                "vegetables and less sugar will be introduced gradually, following recommendations "
                "from nutritionists.",
                "Летом были проверены и школьные столовые. По рекомендациям диетологов постепенно "
                "будет введено новое меню — с большим количеством свежих овощей и меньшим "
                "содержанием сахара.",
                "Ամռանը ստուգվել են նաև դպրոցական ճաշարանները։ Սննդաբանների առաջարկությամբ "
                "աստիճանաբար կներդրվի նոր ճաշացանկ՝ ավելի շատ թարմ բանջարեղենով և ավելի քիչ շաքարով։",
            ),
            _t(
                "The renovation programme will continue in {year}, with priority given to rural "
                "schools. Parents can find the list of buildings scheduled for repair on the "
                "education department's website.",
                "Программа ремонта продолжится в {year} году, приоритет получат сельские школы. "
                "Список зданий, запланированных к ремонту, родители могут найти на сайте управления "
                "образования.",
                "Վերանորոգման ծրագիրը կշարունակվի {year} թվականին, և առաջնահերթություն կտրվի "
                "գյուղական դպրոցներին։ Վերանորոգման ենթակա շենքերի ցանկը ծնողները կարող են գտնել "
                "կրթության վարչության կայքում։",
            ),
        ],
        "subheading": _t(
            "New labs for science lessons",
            "Новые лаборатории для естественных наук",
            "Նոր լաբորատորիաներ բնագիտական առարկաների համար",
        ),
        "quote": {
            "text": _t(
                "Children notice everything: a warm classroom and a working microscope tell them "
                "that their education matters.",
                "Дети замечают всё: тёплый класс и исправный микроскоп говорят им, что их образование "
                "важно.",
                "Երեխաներն ամեն ինչ նկատում են։ Տաք դասասենյակն ու աշխատող մանրադիտակը նրանց "
                "ասում են, որ իրենց կրթությունը կարևոր է։",
            ),
            "attribution": _t(
                "Sevda Rahimova, head of the city education department",
                "Севда Рагимова, начальник городского управления образования",
                "Սևդա Ռահիմովա, քաղաքի կրթության վարչության պետ",
            ),
        },
        "facts_title": _t(
            "Renovation results", "Итоги ремонта", "Վերանորոգման արդյունքները"
        ),
        "facts": [
            _t(
                "Classrooms renovated: {number}",
                "Число отремонтированных классов: {number}",
                "Վերանորոգված դասասենյակներ՝ {number}",
            ),
            _t(
                "Two new schools in design",
                "Проектируются две новые школы",
                "Նախագծվում է երկու նոր դպրոց",
            ),
            _t(
                "Next stage: rural schools in {year}",
                "Следующий этап: сельские школы, {year} год",
                "Հաջորդ փուլը՝ գյուղական դպրոցներ, {year} թվական",
            ),
        ],
        "tags": [5, 19],
        "source": _t(
            "City education department",
            "Городское управление образования",
            "Քաղաքի կրթության վարչություն",
        ),
    },
    {
        "headline": _t(
            "{city} adds electric buses to its public transport fleet",
            "{city}: на городские маршруты вышли электробусы",
            "{city} քաղաքում երթուղիներ են դուրս եկել էլեկտրական ավտոբուսներ",
        ),
        "lead": _t(
            "The new vehicles will serve {number} stops on three of the busiest routes, according "
            "to the transport agency.",
            "По данным транспортного агентства, новые машины будут обслуживать три самых загруженных "
            "маршрута; число остановок на них — {number}.",
            "Տրանսպորտային գործակալության տվյալներով՝ նոր մեքենաները կսպասարկեն երեք "
            "ամենածանրաբեռնված երթուղիները, որոնց վրա կա {number} կանգառ։",
        ),
        "paragraphs": [
            _t(
                "The buses are low-floor and air-conditioned, with USB chargers and screens showing "
                "the next stop. Each vehicle can travel about 250 kilometres on a single charge, "
                "enough for a full working day.",
                "Автобусы низкопольные, оснащены кондиционерами, USB-зарядками и экранами с названием "
                "следующей остановки. На одном заряде каждая машина проезжает около 250 километров — "
                "этого хватает на полный рабочий день.",
                "Ավտոբուսները ցածրահատակ են, հագեցված են օդորակիչներով, USB լիցքավորիչներով և "
                "հաջորդ կանգառը ցույց տվող էկրաններով։ Յուրաքանչյուր մեքենա մեկ լիցքավորմամբ "
                "անցնում է մոտ 250 կիլոմետր, ինչը բավարար է մեկ ամբողջ աշխատանքային օրվա համար։",
            ),
            _t(
                "A charging depot has been built on the outskirts of the city of {city}, where the "
                "buses will be charged overnight. Drivers completed a two-week course in "
                "energy-efficient driving.",
                "На окраине города {city} построено зарядное депо, где автобусы будут заряжаться по "
                "ночам. Водители прошли двухнедельный курс экономичного вождения.",
                "{city} քաղաքի ծայրամասում կառուցվել է լիցքավորման դեպո, որտեղ ավտոբուսները "
                "կլիցքավորվեն գիշերները։ Վարորդներն անցել են էներգախնայող վարման երկշաբաթյա "
                "դասընթաց։",
            ),
            _t(
                "Passengers interviewed on the first day praised the quiet ride and the clean "
                "interiors. Some, however, complained that intervals between buses were still too "
                "long during rush hour.",
                "Опрошенные в первый день пассажиры хвалили тихий ход и чистые салоны. Некоторые, "
                "однако, жаловались, что интервалы между автобусами в час пик по-прежнему слишком велики.",
                "Առաջին օրը հարցված ուղևորները գովում էին անաղմուկ երթևեկությունը և մաքուր "
                "սրահները։ Սակայն ոմանք դժգոհում էին, որ պիկ ժամերին ավտոբուսների միջև "
                "ընդմիջումները դեռևս չափազանց երկար են։",
            ),
            _t(
                "The transport agency says it will adjust timetables using data from electronic "
                "ticket validators. Dedicated bus lanes on two central avenues are also planned to "
                "speed up journeys.",
                "В транспортном агентстве обещают скорректировать расписание на основе данных "
                "электронных валидаторов. Также планируется выделить полосы для общественного "
                "транспорта на двух центральных проспектах, чтобы ускорить движение.",
                "Տրանսպորտային գործակալությունում խոստանում են ճշգրտել չվացուցակը՝ էլեկտրոնային "
                "վալիդատորների տվյալների հիման վրա։ Նախատեսվում է նաև երկու կենտրոնական "
                "պողոտաներում առանձնացնել գծեր հասարակական տրանսպորտի համար՝ երթևեկությունն "
                "արագացնելու նպատակով։",
            ),
            _t(
                "If the trial is successful, the city intends to replace most of its diesel fleet "
                "with electric vehicles by {year}. Environmental groups welcomed the plan, noting "
                "that it could improve air quality in the centre.",
                "В случае успеха эксперимента город намерен заменить большую часть дизельного парка "
                "электробусами к {year} году. Экологические организации приветствовали этот план, "
                "отметив, что он может улучшить качество воздуха в центре.",
                "Փորձի հաջողության դեպքում քաղաքը մտադիր է մինչև {year} թվականը դիզելային "
                "ավտոպարկի մեծ մասը փոխարինել էլեկտրական ավտոբուսներով։ Բնապահպանական "
                "կազմակերպությունները ողջունեցին այս ծրագիրը՝ նշելով, որ այն կարող է բարելավել օդի "
                "որակը կենտրոնում։",
            ),
        ],
        "subheading": _t(
            "Quiet ride, long intervals",
            "Тихий ход, долгие интервалы",
            "Անաղմուկ երթևեկություն, երկար ընդմիջումներ",
        ),
        "quote": {
            "text": _t(
                "Passengers should not have to choose between comfort and punctuality. We are "
                "working on both.",
                "Пассажиры не должны выбирать между комфортом и пунктуальностью. Мы работаем и над "
                "тем, и над другим.",
                "Ուղևորները չպետք է ընտրություն կատարեն հարմարավետության և ճշտապահության միջև։ "
                "Մենք աշխատում ենք երկուսի վրա էլ։",
            ),
            "attribution": _t(
                "Ilkin Safarli, head of the city transport agency",
                "Илькин Сафарли, руководитель городского транспортного агентства",
                "Իլքին Սաֆարլի, քաղաքի տրանսպորտային գործակալության ղեկավար",
            ),
        },
        "facts_title": _t("The new buses", "Новые автобусы", "Նոր ավտոբուսները"),
        "facts": [
            _t(
                "Stops served: {number}",
                "Число обслуживаемых остановок: {number}",
                "Սպասարկվող կանգառներ՝ {number}",
            ),
            _t(
                "Range on one charge: about 250 km",
                "Запас хода: около 250 км",
                "Մեկ լիցքավորմամբ վազքը՝ մոտ 250 կմ",
            ),
            _t(
                "Diesel fleet replacement target: {year}",
                "Замена дизельного парка: к {year} году",
                "Դիզելային պարկի փոխարինում՝ մինչև {year} թվականը",
            ),
        ],
        "tags": [1, 20, 0],
        "source": _t(
            "City transport agency",
            "Городское транспортное агентство",
            "Քաղաքի տրանսպորտային գործակալություն",
        ),
    },
    {
        "headline": _t(
            "Mobile clinics to visit remote villages for free health check-ups",
            "Мобильные клиники проведут бесплатные обследования в отдалённых сёлах",
            "Շարժական կլինիկաները անվճար հետազոտություններ կանցկացնեն հեռավոր գյուղերում",
        ),
        "lead": _t(
            "Doctors will focus on heart health, diabetes screening and eye examinations, conditions "
            "that often go undetected in rural areas.",
            "Врачи сосредоточатся на проверке сердца, выявлении диабета и осмотре зрения — "
            "проблемах, которые в сельской местности часто остаются незамеченными.",
            "Բժիշկները կկենտրոնանան սրտի ստուգման, շաքարային դիաբետի հայտնաբերման և տեսողության "
            "զննման վրա, քանի որ այդ խնդիրները գյուղական բնակավայրերում հաճախ աննկատ են մնում։",
        ),
        "paragraphs": [
            _t(
                "Each mobile clinic is a specially equipped truck with an examination room, an "
                "ultrasound scanner, an ECG machine and a small laboratory. A team made up of a "
                "general practitioner, a cardiologist, an ophthalmologist and two nurses travels "
                "with it.",
                "Каждая мобильная клиника — это специально оборудованный грузовик с кабинетом для "
                "осмотра, аппаратом УЗИ, электрокардиографом и небольшой лабораторией. Вместе с ней "
                "выезжает бригада из терапевта, кардиолога, офтальмолога и двух медсестёр.",
                "Յուրաքանչյուր շարժական կլինիկա հատուկ կահավորված բեռնատար է՝ զննման սենյակով, "
                "ուլտրաձայնային սարքով, էլեկտրասրտագրիչով և փոքր լաբորատորիայով։ Նրա հետ մեկնում է "
                "թերապևտից, սրտաբանից, ակնաբույժից և երկու բուժքրոջից բաղկացած խումբ։",
            ),
            _t(
                "Village heads will draw up lists of residents who wish to be examined, with priority "
                "given to older people and those with chronic illnesses. Patients who need further "
                "treatment will be referred to hospitals in the city of {city}.",
                "Главы сёл составят списки желающих пройти обследование, приоритет получат пожилые "
                "люди и пациенты с хроническими заболеваниями. Нуждающихся в дальнейшем лечении "
                "направят в больницы города {city}.",
                "Գյուղապետերը կկազմեն հետազոտություն անցնել ցանկացողների ցուցակները, և "
                "առաջնահերթություն կտրվի տարեցներին ու քրոնիկ հիվանդություններ ունեցողներին։ "
                "Հետագա բուժման կարիք ունեցողներին կուղեգրեն {city} քաղաքի հիվանդանոցներ։",
            ),
            _t(
                "A similar pilot last year uncovered many cases of undiagnosed high blood pressure. "
                "Doctors said that many patients had not seen a specialist for years because of the "
                "distance and the cost of travel.",
                "Аналогичный пилотный проект в прошлом году выявил немало случаев "
                "недиагностированной гипертонии. По словам врачей, многие пациенты годами не были у "
                "специалиста из-за расстояния и стоимости поездки.",
                "Անցյալ տարի նմանատիպ փորձնական ծրագիրը բացահայտել էր չախտորոշված բարձր "
                "զարկերակային ճնշման բազմաթիվ դեպքեր։ Բժիշկների խոսքով՝ շատ հիվանդներ տարիներով "
                "չէին այցելել մասնագետի՝ հեռավորության և ճանապարհածախսի պատճառով։",
            ),
            _t(
                "The health ministry has also launched a telemedicine service that allows rural "
                "doctors to consult specialists by video link. Internet connections at village "
                "clinics are being upgraded to support it.",
                "Минздрав также запустил телемедицинскую службу, позволяющую сельским врачам "
                "консультироваться со специалистами по видеосвязи. Для её работы в сельских "
                "амбулаториях модернизируют интернет-подключение.",
                "Առողջապահության նախարարությունը գործարկել է նաև հեռաբժշկական ծառայություն, որը "
                "գյուղական բժիշկներին թույլ է տալիս տեսակապով խորհրդակցել մասնագետների հետ։ Դրա "
                "համար գյուղական ամբուլատորիաներում արդիականացվում է համացանցային կապը։",
            ),
            _t(
                "The mobile clinics will work until late autumn and resume their visits in the "
                "spring of {year}. Residents can find the schedule at local administration offices "
                "and on the ministry's website.",
                "Мобильные клиники будут работать до поздней осени и возобновят выезды весной {year} "
                "года. Расписание можно узнать в местных администрациях и на сайте министерства.",
                "Շարժական կլինիկաները կաշխատեն մինչև ուշ աշուն և կվերսկսեն այցելությունները {year} "
                "թվականի գարնանը։ Ժամանակացույցին կարելի է ծանոթանալ տեղական վարչակազմերում և "
                "նախարարության կայքում։",
            ),
        ],
        "subheading": _t(
            "Telemedicine for village doctors",
            "Телемедицина для сельских врачей",
            "Հեռաբժշկություն գյուղական բժիշկների համար",
        ),
        "quote": {
            "text": _t(
                "For many of our patients, this is their first cardiogram in ten years.",
                "Для многих наших пациентов это первая кардиограмма за десять лет.",
                "Մեր հիվանդներից շատերի համար սա վերջին տասը տարում առաջին սրտագիրն է։",
            ),
            "attribution": _t(
                "Nargiz Ismayilova, cardiologist with the mobile clinic team",
                "Наргиз Исмайлова, врач-кардиолог бригады мобильной клиники",
                "Նարգիզ Իսմայիլովա, շարժական կլինիկայի խմբի սրտաբան",
            ),
        },
        "facts_title": _t("About the programme", "О программе", "Ծրագրի մասին"),
        "facts": [
            _t(
                "Villages on this year's route: {number}",
                "Число сёл на маршруте этого года: {number}",
                "Այս տարվա երթուղու գյուղերը՝ {number}",
            ),
            _t(
                "Specialists on board: cardiologist, ophthalmologist, GP",
                "Специалисты: кардиолог, офтальмолог, терапевт",
                "Մասնագետներ՝ սրտաբան, ակնաբույժ, թերապևտ",
            ),
            _t(
                "Next season starts: spring {year}",
                "Следующий сезон: весна {year} года",
                "Հաջորդ սեզոնը՝ {year} թվականի գարուն",
            ),
        ],
        "tags": [6, 8],
        "source": _t(
            "Ministry of Health",
            "Министерство здравоохранения",
            "Առողջապահության նախարարություն",
        ),
    },
    {
        "headline": _t(
            "Volunteers in {city} turn a neglected riverbank into a green walkway",
            "В городе {city} волонтёры превратили заброшенный берег реки в зелёный бульвар",
            "{city} քաղաքում կամավորները լքված գետափը վերածել են կանաչ զբոսայգու",
        ),
        "lead": _t(
            "More than {number} people joined the weekend clean-up, which ended with the planting of "
            "young plane trees and poplars.",
            "Число участников субботника превысило {number}, а завершилась акция посадкой молодых "
            "платанов и тополей.",
            "Հանգստյան օրերին անցկացված մաքրման արշավին մասնակցել է ավելի քան {number} մարդ։ Այն "
            "ավարտվել է երիտասարդ սոսիների և բարդիների տնկմամբ։",
        ),
        "paragraphs": [
            _t(
                "The idea came from a group of neighbours who were tired of seeing rubbish and broken "
                "benches by the water. They announced the event on social media and were surprised "
                "by the response.",
                "Идея принадлежит группе соседей, которым надоело видеть мусор и сломанные скамейки у "
                "воды. Они объявили об акции в соцсетях и были удивлены откликом.",
                "Գաղափարը պատկանում է մի խումբ հարևանների, ովքեր հոգնել էին ջրի մոտ աղբ և կոտրված "
                "նստարաններ տեսնելուց։ Նրանք սոցիալական ցանցերում հայտարարեցին միջոցառման մասին և "
                "զարմացան արձագանքից։",
            ),
            _t(
                "Students, pensioners, families with children and employees of local companies "
                "worked side by side for two days. The municipality provided gloves, bags and lorries "
                "to take away the waste.",
                "Студенты, пенсионеры, семьи с детьми и сотрудники местных компаний два дня работали "
                "бок о бок. Муниципалитет выделил перчатки, мешки и грузовики для вывоза мусора.",
                "Ուսանողները, թոշակառուները, երեխաներով ընտանիքները և տեղական ընկերությունների "
                "աշխատակիցները երկու օր աշխատեցին կողք կողքի։ Համայնքապետարանը տրամադրեց ձեռնոցներ, "
                "պարկեր և աղբը տեղափոխելու համար բեռնատարներ։",
            ),
            _t(
                "Landscape designers from a university in the city of {city} drew up a simple plan "
                "for the site, with footpaths, shaded corners and a small playground. Some of the "
                "benches were made by volunteers from recycled wood.",
                "Ландшафтные дизайнеры из университета города {city} подготовили несложный план "
                "территории с пешеходными дорожками, тенистыми уголками и небольшой детской "
                "площадкой. Часть скамеек волонтёры изготовили из переработанной древесины.",
                "{city} քաղաքի համալսարանի լանդշաֆտային դիզայներները տարածքի համար պարզ նախագիծ "
                "կազմեցին՝ հետիոտն արահետներով, ստվերոտ անկյուններով և փոքր խաղահրապարակով։ "
                "Նստարանների մի մասը կամավորները պատրաստել են վերամշակված փայտից։",
            ),
            _t(
                "Ecologists welcomed the initiative but stressed that the young trees will need "
                "regular watering during their first summers. Volunteers have already drawn up a "
                "rota so that residents take turns looking after the seedlings.",
                "Экологи приветствовали инициативу, но подчеркнули, что деревьям в первые годы "
                "понадобится регулярный полив. Волонтёры уже составили график, по которому жители "
                "будут по очереди ухаживать за саженцами.",
                "Բնապահպանները ողջունեցին նախաձեռնությունը, սակայն ընդգծեցին, որ առաջին տարիներին "
                "ծառերին անհրաժեշտ կլինի կանոնավոր ջրում։ Կամավորներն արդեն կազմել են "
                "ժամանակացույց, ըստ որի՝ բնակիչները հերթով կխնամեն տնկիները։",
            ),
            _t(
                "The organisers plan to repeat the event every spring and autumn. The municipality "
                "has promised to install lighting along the new walkway before the end of {year}.",
                "Организаторы планируют проводить подобные акции каждую весну и осень. Муниципалитет "
                "пообещал до конца {year} года установить освещение вдоль нового бульвара.",
                "Կազմակերպիչները նախատեսում են նման միջոցառումներ անցկացնել ամեն գարուն և աշուն։ "
                "Համայնքապետարանը խոստացել է մինչև {year} թվականի վերջ նոր զբոսայգու երկայնքով "
                "լուսավորություն տեղադրել։",
            ),
        ],
        "subheading": _t(
            "Neighbours take the lead",
            "Инициатива снизу",
            "Նախաձեռնությունը՝ հարևաններից",
        ),
        "quote": {
            "text": _t(
                "We did not wait for someone else to fix it. We simply came with gloves and shovels.",
                "Мы не стали ждать, пока кто-то всё исправит, а просто пришли с перчатками и лопатами.",
                "Մենք չսպասեցինք, որ ուրիշը շտկի ամեն ինչ։ Պարզապես եկանք ձեռնոցներով և բահերով։",
            ),
            "attribution": _t(
                "Kamala Aghayeva, one of the organisers",
                "Камала Агаева, одна из организаторов акции",
                "Քամալա Աղաևա, միջոցառման կազմակերպիչներից",
            ),
        },
        "facts_title": _t("Clean-up results", "Итоги акции", "Արշավի արդյունքները"),
        "facts": [
            _t(
                "Participants: more than {number}",
                "Участников: более {number}",
                "Մասնակիցներ՝ ավելի քան {number}",
            ),
            _t(
                "Planted: plane trees and poplars",
                "Высажены платаны и тополя",
                "Տնկվել են սոսիներ և բարդիներ",
            ),
            _t(
                "Lighting promised by the end of {year}",
                "Освещение обещают к концу {year} года",
                "Լուսավորությունը խոստացված է մինչև {year} թվականի վերջ",
            ),
        ],
        "tags": [20, 3],
        "source": None,
    },
    {
        "headline": _t(
            "Free courses help older residents of {city} master smartphones and online services",
            "В городе {city} пенсионеров бесплатно учат пользоваться смартфонами и онлайн-сервисами",
            "{city} քաղաքում տարեցներին անվճար սովորեցնում են օգտվել սմարթֆոններից և առցանց ծառայություններից",
        ),
        "lead": _t(
            "Classes are held in libraries and community centres, where volunteers explain "
            "everything from video calls to paying utility bills online.",
            "Занятия проходят в библиотеках и домах культуры: волонтёры объясняют всё — от "
            "видеозвонков до оплаты коммунальных услуг через интернет.",
            "Դասընթացներն անցկացվում են գրադարաններում և մշակույթի տներում, որտեղ կամավորները "
            "բացատրում են ամեն ինչ՝ տեսազանգերից մինչև կոմունալ վճարումների առցանց կատարումը։",
        ),
        "paragraphs": [
            _t(
                "Each course lasts four weeks, with two lessons a week in small groups. Participants "
                "learn to set up messaging apps, protect their accounts with strong passwords and "
                "recognise fraudulent messages.",
                "Каждый курс длится четыре недели, занятия проходят дважды в неделю в небольших "
                "группах. Слушатели учатся настраивать мессенджеры, защищать аккаунты надёжными "
                "паролями и распознавать мошеннические сообщения.",
                "Յուրաքանչյուր դասընթաց տևում է չորս շաբաթ՝ շաբաթական երկու դասով, փոքր խմբերով։ "
                "Մասնակիցները սովորում են կարգավորել հաղորդագրությունների հավելվածները, հուսալի "
                "գաղտնաբառերով պաշտպանել իրենց հաշիվները և ճանաչել խարդախ հաղորդագրությունները։",
            ),
            _t(
                "For many, the main motivation is staying in touch with children and grandchildren "
                "who live in other cities or abroad. Several participants said they had made their "
                "first ever video call during the very first lesson.",
                "Для многих главный стимул — возможность общаться с детьми и внуками, живущими в "
                "других городах или за границей. Несколько слушателей рассказали, что совершили свой "
                "первый видеозвонок прямо на первом занятии.",
                "Շատերի համար հիմնական դրդապատճառը այլ քաղաքներում կամ արտասահմանում ապրող "
                "երեխաների և թոռների հետ կապ պահպանելն է։ Մի քանի մասնակից պատմեցին, որ իրենց "
                "կյանքի առաջին տեսազանգը կատարել են հենց առաջին դասին։",
            ),
            _t(
                "The volunteers are mostly students from universities in the city of {city}, who "
                "receive credit for community service. Teachers say patience matters more than "
                "technical knowledge, since some things have to be explained many times.",
                "Волонтёры — в основном студенты вузов города {city}, которым участие засчитывается "
                "как общественная работа. Преподаватели говорят, что терпение здесь важнее "
                "технических знаний: некоторые вещи приходится объяснять много раз.",
                "Կամավորները հիմնականում {city} քաղաքի բուհերի ուսանողներ են, որոնց համար "
                "մասնակցությունը հաշվվում է որպես հասարակական աշխատանք։ Դասավանդողների խոսքով՝ "
                "այստեղ համբերությունն ավելի կարևոր է, քան տեխնիկական գիտելիքը, քանի որ որոշ "
                "բաներ պետք է բացատրել բազմաթիվ անգամներ։",
            ),
            _t(
                "Banks and mobile operators have supported the project by providing demonstration "
                "devices and guides printed in large type. Police officers have also visited classes "
                "to talk about common phone scams.",
                "Банки и мобильные операторы поддержали проект, предоставив демонстрационные "
                "устройства и памятки, напечатанные крупным шрифтом. На занятия приходили и "
                "сотрудники полиции, чтобы рассказать о распространённых телефонных мошенничествах.",
                "Բանկերը և բջջային օպերատորներն աջակցել են նախագծին՝ տրամադրելով ցուցադրական "
                "սարքեր և խոշոր տառատեսակով տպված ուղեցույցներ։ Դասերին այցելել են նաև "
                "ոստիկաններ՝ պատմելու հեռախոսային խարդախության տարածված սխեմաների մասին։",
            ),
            _t(
                "Demand has exceeded expectations, and waiting lists have formed in several "
                "neighbourhoods. The organisers hope to open courses in every district library by "
                "{year}.",
                "Спрос превзошёл ожидания: в нескольких кварталах образовались листы ожидания. "
                "Организаторы надеются к {year} году открыть курсы в каждой районной библиотеке.",
                "Պահանջարկը գերազանցել է սպասելիքները, և մի քանի թաղամասերում գոյացել են սպասման "
                "ցուցակներ։ Կազմակերպիչները հույս ունեն մինչև {year} թվականը դասընթացներ բացել "
                "յուրաքանչյուր շրջանային գրադարանում։",
            ),
        ],
        "subheading": _t(
            "Patience over technology",
            "Терпение важнее техники",
            "Համբերությունն ավելի կարևոր է, քան տեխնիկան",
        ),
        "quote": {
            "text": _t(
                "Now I can see my grandson every evening, even though he lives thousands of "
                "kilometres away.",
                "Теперь я вижу внука каждый вечер, хотя он живёт за тысячи километров.",
                "Հիմա ես ամեն երեկո տեսնում եմ թոռանս, թեև նա ապրում է հազարավոր կիլոմետրեր հեռու։",
            ),
            "attribution": _t(
                "Zarifa Mammadova, 71, course participant",
                "Зарифа Мамедова, 71 год, слушательница курса",
                "Զարիֆա Մամեդովա, 71 տարեկան, դասընթացի մասնակից",
            ),
        },
        "facts_title": _t("Course details", "О курсах", "Դասընթացների մասին"),
        "facts": [
            _t(
                "Graduates of the first intake: {number}",
                "Число выпускников первого набора: {number}",
                "Առաջին հոսքի շրջանավարտներ՝ {number}",
            ),
            _t(
                "Length: four weeks, two lessons a week",
                "Продолжительность: четыре недели, два занятия в неделю",
                "Տևողությունը՝ չորս շաբաթ, շաբաթական երկու դաս",
            ),
            _t(
                "Goal: a course in every district library by {year}",
                "Цель: курсы в каждой районной библиотеке к {year} году",
                "Նպատակը՝ դասընթացներ յուրաքանչյուր շրջանային գրադարանում մինչև {year} թվականը",
            ),
        ],
        "tags": [5, 8, 22],
        "source": _t(
            "Central city library",
            "Центральная городская библиотека",
            "Քաղաքային կենտրոնական գրադարան",
        ),
    },
]

# ------------------------------------------------------------------- world --

STORIES["world"] = [
    {
        "headline": _t(
            "International conference in {city} focuses on water scarcity and drought",
            "Международная конференция в городе {city} посвящена нехватке воды и засухам",
            "{city} քաղաքում անցկացվող միջազգային համաժողովը նվիրված է ջրի սակավությանը և երաշտին",
        ),
        "lead": _t(
            "Delegates from {number} countries discussed sharing river data and investing in "
            "water-saving technologies.",
            "Делегаты обсудили обмен данными о реках и инвестиции в водосберегающие технологии; "
            "число стран-участниц — {number}.",
            "{number} երկրի պատվիրակները քննարկել են գետերի վերաբերյալ տվյալների փոխանակումը և "
            "ջրախնայող տեխնոլոգիաներում ներդրումները։",
        ),
        "paragraphs": [
            _t(
                "The three-day conference brought together government officials, scientists, "
                "farmers' associations and representatives of international organisations. Much of "
                "the discussion centred on how river basins shared by several countries can be "
                "managed fairly.",
                "Трёхдневная конференция собрала представителей правительств, учёных, фермерских "
                "ассоциаций и международных организаций. Основная часть дискуссий была посвящена "
                "тому, как справедливо управлять речными бассейнами, которые делят несколько государств.",
                "Եռօրյա համաժողովին մասնակցում էին կառավարությունների պաշտոնյաներ, գիտնականներ, "
                "ֆերմերային միավորումների և միջազգային կազմակերպությունների ներկայացուցիչներ։ "
                "Քննարկումների մեծ մասը վերաբերում էր այն հարցին, թե ինչպես արդարացիորեն կառավարել "
                "մի քանի պետությունների միջև ընդհանուր գետային ավազանները։",
            ),
            _t(
                "Scientists presented models showing that rising temperatures will increase demand "
                "for irrigation while reducing snowfall in the mountains. They urged governments to "
                "invest in reservoirs, modern canals and groundwater monitoring.",
                "Учёные представили модели, согласно которым рост температур увеличит потребность в "
                "орошении и одновременно сократит снегопады в горах. Они призвали правительства "
                "вкладывать средства в водохранилища, современные каналы и мониторинг подземных вод.",
                "Գիտնականները ներկայացրին մոդելներ, ըստ որոնց՝ ջերմաստիճանի բարձրացումը կավելացնի "
                "ոռոգման պահանջարկը և միաժամանակ կնվազեցնի լեռներում ձյան տեղումները։ Նրանք կոչ "
                "արեցին կառավարություններին ներդրումներ կատարել ջրամբարներում, ժամանակակից "
                "ջրանցքներում և ստորգետնյա ջրերի մշտադիտարկման մեջ։",
            ),
            _t(
                "Farmers' representatives described practical solutions that already work, from drip "
                "irrigation to drought-resistant crop varieties. Several delegations proposed "
                "creating a shared online platform for hydrological data.",
                "Представители фермеров рассказали о практических решениях, которые уже работают, — "
                "от капельного орошения до засухоустойчивых сортов. Несколько делегаций предложили "
                "создать общую онлайн-платформу гидрологических данных.",
                "Ֆերմերների ներկայացուցիչները պատմեցին արդեն գործող գործնական լուծումների մասին՝ "
                "կաթիլային ոռոգումից մինչև երաշտադիմացկուն սորտեր։ Մի քանի պատվիրակություններ "
                "առաջարկեցին ստեղծել հիդրոլոգիական տվյալների ընդհանուր առցանց հարթակ։",
            ),
            _t(
                "Alongside the conference, the city of {city} hosted an exhibition of water "
                "technologies, where companies showed sensors, filters and desalination units. "
                "Students from local universities presented their own research projects.",
                "В рамках конференции в городе {city} прошла выставка водных технологий, где компании "
                "показали датчики, фильтры и опреснительные установки. Студенты местных вузов "
                "представили собственные исследовательские проекты.",
                "Համաժողովի շրջանակում {city} քաղաքում անցկացվեց ջրային տեխնոլոգիաների "
                "ցուցահանդես, որտեղ ընկերությունները ներկայացրին սենսորներ, ֆիլտրեր և աղազերծման "
                "կայանքներ։ Տեղական բուհերի ուսանողները ներկայացրին իրենց հետազոտական նախագծերը։",
            ),
            _t(
                "The final declaration is not legally binding but sets out principles for "
                "cooperation. Participants agreed to meet again in {year} to review progress.",
                "Итоговая декларация не носит обязательного характера, но закрепляет принципы "
                "сотрудничества. Участники договорились вновь встретиться в {year} году, чтобы "
                "оценить достигнутое.",
                "Եզրափակիչ հռչակագիրն իրավականորեն պարտադիր չէ, սակայն ամրագրում է համագործակցության "
                "սկզբունքները։ Մասնակիցները պայմանավորվեցին կրկին հանդիպել {year} թվականին՝ "
                "ամփոփելու ձեռքբերումները։",
            ),
        ],
        "subheading": _t(
            "Shared rivers, shared data",
            "Общие реки — общие данные",
            "Ընդհանուր գետեր՝ ընդհանուր տվյալներ",
        ),
        "quote": {
            "text": _t(
                "Water does not recognise borders, so our solutions cannot stop at them either.",
                "Вода не признаёт границ, поэтому и наши решения не могут на них останавливаться.",
                "Ջուրը սահմաններ չի ճանաչում, ուստի մեր լուծումները նույնպես չեն կարող կանգ առնել "
                "դրանց մոտ։",
            ),
            "attribution": _t(
                "Ingrid Halvorsen, hydrologist and conference co-chair",
                "Ингрид Хальворсен, гидролог, сопредседатель конференции",
                "Ինգրիդ Հալվորսեն, հիդրոլոգ, համաժողովի համանախագահ",
            ),
        },
        "facts_title": _t("The conference in brief", "Конференция коротко", "Համաժողովը հակիրճ"),
        "facts": [
            _t(
                "Countries represented: {number}",
                "Число стран-участниц: {number}",
                "Ներկայացված երկրներ՝ {number}",
            ),
            _t("Duration: three days", "Продолжительность: три дня", "Տևողությունը՝ երեք օր"),
            _t(
                "Next meeting: {year}",
                "Следующая встреча: {year} год",
                "Հաջորդ հանդիպումը՝ {year} թվական",
            ),
        ],
        "tags": [3, 20, 11],
        "source": _t(
            "Conference organising committee",
            "Оргкомитет конференции",
            "Համաժողովի կազմկոմիտե",
        ),
    },
    {
        "headline": _t(
            "Small research satellite launched to monitor mountain glaciers",
            "На орбиту выведен небольшой исследовательский спутник для наблюдения за ледниками",
            "Ուղեծիր է դուրս բերվել լեռնային սառցադաշտերը դիտարկող փոքր հետազոտական արբանյակ",
        ),
        "lead": _t(
            "The {number}-kilogram satellite was built by a consortium of universities and will "
            "photograph glaciers in several mountain ranges.",
            "Спутник массой {number} кг создан консорциумом университетов и будет фотографировать "
            "ледники в нескольких горных системах.",
            "{number} կիլոգրամ զանգվածով արբանյակը ստեղծվել է համալսարանների կոնսորցիումի կողմից "
            "և կլուսանկարի մի քանի լեռնային համակարգերի սառցադաշտերը։",
        ),
        "paragraphs": [
            _t(
                "The satellite was launched as a secondary payload on a commercial rocket and reached "
                "its planned orbit about an hour later. Ground stations confirmed that it had "
                "deployed its solar panels and established a stable link.",
                "Спутник был запущен в качестве попутной нагрузки на коммерческой ракете и примерно "
                "через час вышел на расчётную орбиту. Наземные станции подтвердили, что он раскрыл "
                "солнечные панели и установил устойчивую связь.",
                "Արբանյակը արձակվել է առևտրային հրթիռով՝ որպես ուղեկցող բեռ, և մոտ մեկ ժամ անց "
                "դուրս է եկել նախատեսված ուղեծիր։ Վերգետնյա կայանները հաստատել են, որ այն բացել է "
                "արևային վահանակները և կայուն կապ է հաստատել։",
            ),
            _t(
                "Its main instrument is a high-resolution camera able to detect changes at the edges "
                "of glaciers within a single season. The data will be freely available to researchers "
                "around the world.",
                "Главный прибор спутника — камера высокого разрешения, способная фиксировать изменения "
                "краёв ледников в течение одного сезона. Данные будут в открытом доступе для "
                "исследователей всего мира.",
                "Արբանյակի հիմնական սարքը բարձր լուծաչափով տեսախցիկ է, որն ունակ է մեկ սեզոնի "
                "ընթացքում արձանագրել սառցադաշտերի եզրերի փոփոխությունները։ Տվյալները բաց հասանելի "
                "կլինեն ամբողջ աշխարհի հետազոտողների համար։",
            ),
            _t(
                "Glaciers feed many of the region's rivers, and their retreat affects agriculture and "
                "hydropower. Scientists hope the new images will improve forecasts of spring floods "
                "and summer water shortages.",
                "Ледники питают многие реки региона, и их отступление сказывается на сельском "
                "хозяйстве и гидроэнергетике. Учёные надеются, что новые снимки позволят точнее "
                "прогнозировать весенние паводки и летнюю нехватку воды.",
                "Սառցադաշտերը սնում են տարածաշրջանի բազմաթիվ գետեր, և դրանց նահանջը ազդում է "
                "գյուղատնտեսության և հիդրոէներգետիկայի վրա։ Գիտնականները հույս ունեն, որ նոր "
                "պատկերները թույլ կտան ավելի ճշգրիտ կանխատեսել գարնանային վարարումները և ամառային "
                "ջրի պակասը։",
            ),
            _t(
                "Students took part in every stage of the project, from assembling circuit boards to "
                "writing the flight software. A receiving antenna on a university roof in the city of "
                "{city} will download images several times a day.",
                "Студенты участвовали во всех этапах проекта — от сборки плат до написания бортового "
                "программного обеспечения. Приёмная антенна на крыше университета в городе {city} "
                "будет несколько раз в день загружать снимки.",
                "Ուսանողները մասնակցել են նախագծի բոլոր փուլերին՝ սխեմաների հավաքումից մինչև "
                "թռիչքային ծրագրային ապահովման գրումը։ {city} քաղաքի համալսարանի տանիքին տեղադրված "
                "ընդունիչ ալեհավաքը օրական մի քանի անգամ կներբեռնի պատկերները։",
            ),
            _t(
                "The mission is designed to last at least three years. The consortium is already "
                "discussing a second satellite with an infrared sensor, which could be launched in "
                "{year}.",
                "Миссия рассчитана минимум на три года. Консорциум уже обсуждает второй спутник с "
                "инфракрасным датчиком, запуск которого возможен в {year} году.",
                "Առաքելությունը նախատեսված է առնվազն երեք տարվա համար։ Կոնսորցիումն արդեն քննարկում "
                "է ինֆրակարմիր սենսորով երկրորդ արբանյակի ստեղծումը, որը կարող է արձակվել {year} "
                "թվականին։",
            ),
        ],
        "subheading": _t(
            "Students at the controls",
            "Студенты за пультом",
            "Ուսանողները՝ կառավարման վահանակի մոտ",
        ),
        "quote": {
            "text": _t(
                "Two years ago this satellite was a drawing on a whiteboard; today it is sending us "
                "pictures.",
                "Два года назад этот спутник был рисунком на доске, а сегодня он присылает нам снимки.",
                "Երկու տարի առաջ այս արբանյակը պարզապես գծանկար էր գրատախտակին, իսկ այսօր այն մեզ "
                "լուսանկարներ է ուղարկում։",
            ),
            "attribution": _t(
                "Lukas Brenner, professor and head of the university consortium",
                "Лукас Бреннер, профессор, руководитель университетского консорциума",
                "Լուկաս Բրեններ, պրոֆեսոր, համալսարանական կոնսորցիումի ղեկավար",
            ),
        },
        "facts_title": _t("Mission facts", "О миссии", "Առաքելության մասին"),
        "facts": [
            _t(
                "Satellite mass: {number} kg",
                "Масса спутника: {number} кг",
                "Արբանյակի զանգվածը՝ {number} կգ",
            ),
            _t(
                "Planned service life: at least three years",
                "Срок службы: не менее трёх лет",
                "Ծառայության ժամկետը՝ առնվազն երեք տարի",
            ),
            _t(
                "Possible second launch: {year}",
                "Возможный второй запуск: {year} год",
                "Հնարավոր երկրորդ արձակումը՝ {year} թվական",
            ),
        ],
        "tags": [21, 3, 8],
        "source": None,
    },
    {
        "headline": _t(
            "Night train network expands with new routes linking European capitals",
            "Сеть ночных поездов в Европе пополнилась новыми маршрутами между столицами",
            "Եվրոպայում գիշերային գնացքների ցանցը համալրվել է մայրաքաղաքները կապող նոր երթուղիներով",
        ),
        "lead": _t(
            "Operators say demand has grown by {number} percent as travellers look for alternatives "
            "to short-haul flights.",
            "По словам перевозчиков, спрос вырос на {number}%: путешественники ищут альтернативу "
            "коротким авиаперелётам.",
            "Փոխադրողների խոսքով՝ պահանջարկն աճել է {number} տոկոսով, քանի որ ճանապարհորդները "
            "այլընտրանք են փնտրում կարճ ավիաչվերթներին։",
        ),
        "paragraphs": [
            _t(
                "The new services include sleeper carriages with private compartments, couchettes and "
                "a dining car. Trains leave in the evening and arrive in the morning, so passengers "
                "save the cost of a night in a hotel.",
                "Новые поезда включают спальные вагоны с отдельными купе, вагоны с полками и "
                "вагон-ресторан. Составы отправляются вечером и прибывают утром, что позволяет "
                "пассажирам сэкономить на ночёвке в отеле.",
                "Նոր գնացքներն ունեն առանձին կուպեներով ննջավագոններ, դարակավոր վագոններ և "
                "վագոն-ռեստորան։ Գնացքները մեկնում են երեկոյան և ժամանում առավոտյան, ինչը թույլ է "
                "տալիս ուղևորներին խնայել հյուրանոցում գիշերակացի վրա։",
            ),
            _t(
                "Rail companies from several countries had to coordinate timetables, safety rules and "
                "ticketing systems. Tickets can now be bought on a single website, although prices "
                "vary with the season.",
                "Железнодорожным компаниям нескольких стран пришлось согласовать расписание, правила "
                "безопасности и системы продажи билетов. Теперь билеты можно купить на одном сайте, "
                "хотя цены зависят от сезона.",
                "Մի քանի երկրների երկաթուղային ընկերությունները ստիպված են եղել համաձայնեցնել "
                "չվացուցակները, անվտանգության կանոնները և տոմսերի վաճառքի համակարգերը։ Այժմ "
                "տոմսերը կարելի է գնել մեկ կայքում, թեև գները կախված են սեզոնից։",
            ),
            _t(
                "On the first night, the trains carried families, business travellers and groups of "
                "students. Transport experts say similar services could one day link the city of "
                "{city} with neighbouring capitals.",
                "В первую ночь поездами воспользовались семьи, бизнесмены и группы студентов. По "
                "мнению транспортных экспертов, подобные маршруты со временем могли бы связать город "
                "{city} с соседними столицами.",
                "Առաջին գիշերը գնացքներից օգտվեցին ընտանիքներ, գործարարներ և ուսանողների խմբեր։ "
                "Տրանսպորտի փորձագետների կարծիքով՝ նման երթուղիները ժամանակի ընթացքում կարող են "
                "{city} քաղաքը կապել հարևան մայրաքաղաքների հետ։",
            ),
            _t(
                "Critics point out that night trains are expensive to run and have struggled to "
                "compete with low-cost airlines in the past. Supporters argue that new rolling stock "
                "and growing environmental awareness have changed the equation.",
                "Критики указывают, что ночные поезда дороги в эксплуатации и в прошлом с трудом "
                "конкурировали с бюджетными авиакомпаниями. Сторонники возражают, что новый подвижной "
                "состав и растущее внимание к экологии изменили расклад.",
                "Քննադատները նշում են, որ գիշերային գնացքների շահագործումը թանկ է, և անցյալում "
                "դրանք դժվարությամբ էին մրցակցում էժան ավիաընկերությունների հետ։ Կողմնակիցներն "
                "առարկում են, որ նոր շարժակազմը և բնապահպանական խնդիրների նկատմամբ աճող "
                "ուշադրությունը փոխել են իրավիճակը։",
            ),
            _t(
                "Operators plan to add more routes in {year}, including connections to coastal "
                "resorts. Discounts for young people and families are also under consideration.",
                "В {year} году перевозчики планируют добавить новые направления, включая курорты на "
                "побережье. Рассматриваются также скидки для молодёжи и семей.",
                "{year} թվականին փոխադրողները նախատեսում են ավելացնել նոր ուղղություններ, այդ թվում՝ "
                "դեպի ծովափնյա հանգստավայրեր։ Քննարկվում են նաև զեղչեր երիտասարդների և "
                "ընտանիքների համար։",
            ),
        ],
        "subheading": _t(
            "Falling asleep in one country, waking up in another",
            "Уснуть в одной стране, проснуться в другой",
            "Քնել մի երկրում, արթնանալ մեկ այլում",
        ),
        "quote": {
            "text": _t(
                "You close your eyes in one capital and open them in another. That is the best "
                "argument for the night train.",
                "Закрываешь глаза в одной столице, открываешь в другой — это лучший аргумент в пользу "
                "ночного поезда.",
                "Աչքերդ փակում ես մի մայրաքաղաքում և բացում մեկ այլում։ Սա գիշերային գնացքի օգտին "
                "լավագույն փաստարկն է։",
            ),
            "attribution": _t(
                "Marta Kowalczyk, spokesperson for the rail operators' association",
                "Марта Ковальчик, пресс-секретарь ассоциации железнодорожных операторов",
                "Մարտա Կովալչիկ, երկաթուղային օպերատորների ասոցիացիայի մամուլի խոսնակ",
            ),
        },
        "facts_title": _t(
            "Night trains in numbers",
            "Ночные поезда в цифрах",
            "Գիշերային գնացքները թվերով",
        ),
        "facts": [
            _t(
                "Growth in demand: {number}%",
                "Рост спроса: {number}%",
                "Պահանջարկի աճը՝ {number}%",
            ),
            _t(
                "One website for all tickets",
                "Единый сайт для покупки билетов",
                "Տոմսերի վաճառքի միասնական կայք",
            ),
            _t(
                "New routes planned for {year}",
                "Новые маршруты запланированы на {year} год",
                "Նոր երթուղիներ՝ {year} թվականին",
            ),
        ],
        "tags": [1, 7, 20],
        "source": None,
    },
    {
        "headline": _t(
            "International lenders slightly raise their forecast for global growth",
            "Международные финансовые институты немного повысили прогноз роста мировой экономики",
            "Միջազգային ֆինանսական կառույցները մի փոքր բարձրացրել են համաշխարհային աճի կանխատեսումը",
        ),
        "lead": _t(
            "Economists cite easing inflation and resilient consumer spending, but warn that trade "
            "tensions remain a risk.",
            "Экономисты указывают на замедление инфляции и устойчивый потребительский спрос, но "
            "предупреждают, что торговые разногласия остаются риском.",
            "Տնտեսագետները նշում են գնաճի դանդաղումը և սպառողական պահանջարկի կայունությունը, "
            "սակայն զգուշացնում են, որ առևտրային լարվածությունը մնում է ռիսկ։",
        ),
        "paragraphs": [
            _t(
                "According to the updated report, growth in advanced economies will remain moderate, "
                "while emerging markets are expected to expand faster. Lower energy prices and a "
                "recovery in tourism have supported many countries.",
                "Согласно обновлённому докладу, рост в развитых экономиках останется умеренным, тогда "
                "как развивающиеся рынки, как ожидается, будут расти быстрее. Многим странам помогли "
                "снижение цен на энергоносители и восстановление туризма.",
                "Թարմացված զեկույցի համաձայն՝ զարգացած տնտեսություններում աճը կմնա չափավոր, իսկ "
                "զարգացող շուկաները, ինչպես ակնկալվում է, ավելի արագ կաճեն։ Շատ երկրների օգնել են "
                "էներգակիրների գների նվազումը և զբոսաշրջության վերականգնումը։",
            ),
            _t(
                "The report notes that inflation has fallen in most regions, allowing several "
                "central banks to begin cutting interest rates. Housing and services, however, are "
                "still becoming more expensive faster than the long-term average.",
                "В докладе отмечается, что инфляция снизилась в большинстве регионов, что позволило "
                "ряду центробанков начать снижение ставок. Однако жильё и услуги по-прежнему "
                "дорожают быстрее среднего долгосрочного уровня.",
                "Զեկույցում նշվում է, որ գնաճը նվազել է տարածաշրջանների մեծ մասում, ինչը մի շարք "
                "կենտրոնական բանկերի թույլ է տվել սկսել տոկոսադրույքների իջեցումը։ Սակայն "
                "բնակարանների և ծառայությունների գներն աճում են երկարաժամկետ միջինից ավելի արագ։",
            ),
            _t(
                "Economists highlight trade restrictions and high public debt as the main risks. They "
                "call on governments to invest in education and infrastructure while keeping budgets "
                "under control.",
                "Главными рисками экономисты называют торговые ограничения и высокий государственный "
                "долг. Они призывают правительства инвестировать в образование и инфраструктуру, "
                "сохраняя контроль над бюджетом.",
                "Որպես հիմնական ռիսկեր տնտեսագետները նշում են առևտրային սահմանափակումները և "
                "պետական պարտքի բարձր մակարդակը։ Նրանք կոչ են անում կառավարություններին ներդրումներ "
                "կատարել կրթության և ենթակառուցվածքների մեջ՝ միաժամանակ վերահսկելով բյուջեն։",
            ),
            _t(
                "For the South Caucasus and Central Asia, the report names strong demand for transit "
                "services and remittances as sources of growth. Analysts in the city of {city} say "
                "diversifying beyond raw materials remains the key long-term task.",
                "Для Южного Кавказа и Центральной Азии источниками роста в докладе названы высокий "
                "спрос на транзитные услуги и денежные переводы. Аналитики в городе {city} считают, "
                "что ключевой долгосрочной задачей остаётся диверсификация экономики за пределами "
                "сырьевого сектора.",
                "Հարավային Կովկասի և Կենտրոնական Ասիայի համար զեկույցում որպես աճի աղբյուրներ "
                "նշվում են տարանցիկ ծառայությունների բարձր պահանջարկը և դրամական փոխանցումները։ "
                "{city} քաղաքի վերլուծաբանների կարծիքով՝ երկարաժամկետ հիմնական խնդիրը մնում է "
                "տնտեսության դիվերսիֆիկացումը՝ հումքային ոլորտից դուրս։",
            ),
            _t(
                "The next update of the forecast will be published in {year}. The authors stress "
                "that the figures may be revised if commodity prices change sharply.",
                "Следующее обновление прогноза будет опубликовано в {year} году. Авторы подчёркивают, "
                "что цифры могут быть пересмотрены в случае резких колебаний цен на сырьё.",
                "Կանխատեսման հաջորդ թարմացումը կհրապարակվի {year} թվականին։ Հեղինակներն ընդգծում "
                "են, որ թվերը կարող են վերանայվել հումքի գների կտրուկ փոփոխության դեպքում։",
            ),
        ],
        "subheading": _t("Risks remain", "Риски сохраняются", "Ռիսկերը պահպանվում են"),
        "quote": {
            "text": _t(
                "The global economy has proved more resilient than many expected, but resilience is "
                "not the same as strength.",
                "Мировая экономика оказалась устойчивее, чем многие ожидали, но устойчивость ещё не "
                "означает силу.",
                "Համաշխարհային տնտեսությունն ավելի կայուն դուրս եկավ, քան շատերն էին սպասում, "
                "սակայն կայունությունը դեռ չի նշանակում ուժ։",
            ),
            "attribution": _t(
                "Daniel Okafor, chief economist at an international development institute",
                "Дэниел Окафор, главный экономист международного института развития",
                "Դենիել Օկաֆոր, զարգացման միջազգային ինստիտուտի գլխավոր տնտեսագետ",
            ),
        },
        "facts_title": _t("Report highlights", "Главное в докладе", "Զեկույցի հիմնական դրույթները"),
        "facts": [
            _t(
                "Economists surveyed: {number}",
                "Число опрошенных экономистов: {number}",
                "Հարցված տնտեսագետներ՝ {number}",
            ),
            _t(
                "Main risks: trade restrictions and public debt",
                "Главные риски: торговые ограничения и госдолг",
                "Հիմնական ռիսկերը՝ առևտրային սահմանափակումներ և պետական պարտք",
            ),
            _t(
                "Next update: {year}",
                "Следующее обновление: {year} год",
                "Հաջորդ թարմացումը՝ {year} թվական",
            ),
        ],
        "tags": [10, 18],
        "source": _t(
            "Report of an international financial institution",
            "Доклад международного финансового института",
            "Միջազգային ֆինանսական կառույցի զեկույց",
        ),
    },
    {
        "headline": _t(
            "European countries ease rules for seasonal agricultural workers",
            "Ряд европейских стран упростил правила найма сезонных сельхозработников",
            "Եվրոպական մի շարք երկրներ պարզեցրել են սեզոնային գյուղատնտեսական աշխատողների ընդունման կանոնները",
        ),
        "lead": _t(
            "The changes shorten visa processing and let experienced workers return to the same "
            "employer in later seasons.",
            "Изменения сокращают сроки оформления виз и позволяют опытным работникам возвращаться к "
            "тому же работодателю в следующие сезоны.",
            "Փոփոխությունները կրճատում են վիզաների ձևակերպման ժամկետները և թույլ են տալիս "
            "փորձառու աշխատողներին հաջորդ սեզոններին վերադառնալ նույն գործատուի մոտ։",
        ),
        "paragraphs": [
            _t(
                "Farmers in several European countries have long complained about a shortage of hands "
                "at harvest time. Fruit and vegetable growers say that without seasonal workers, part "
                "of the crop would simply stay in the fields.",
                "Фермеры ряда европейских стран давно жалуются на нехватку рабочих рук во время сбора "
                "урожая. Производители фруктов и овощей говорят, что без сезонных работников часть "
                "урожая просто осталась бы в поле.",
                "Եվրոպական մի շարք երկրների ֆերմերները վաղուց են բողոքում բերքահավաքի ժամանակ "
                "աշխատուժի պակասից։ Մրգեր և բանջարեղեն արտադրողներն ասում են, որ առանց սեզոնային "
                "աշխատողների բերքի մի մասը պարզապես կմնար դաշտում։",
            ),
            _t(
                "Under the new rules, applications will be processed online, and workers who have "
                "already completed a season without violations will be able to obtain a multi-year "
                "permit. Employers must provide accommodation that meets minimum standards.",
                "По новым правилам заявки будут рассматриваться онлайн, а работники, уже отработавшие "
                "сезон без нарушений, смогут получить многолетнее разрешение. Работодатели обязаны "
                "предоставлять жильё, соответствующее минимальным стандартам.",
                "Նոր կանոնների համաձայն՝ դիմումները կքննարկվեն առցանց, իսկ առանց խախտումների մեկ "
                "սեզոն աշխատած աշխատողները կկարողանան ստանալ բազմամյա թույլտվություն։ Գործատուները "
                "պարտավոր են տրամադրել նվազագույն չափանիշներին համապատասխանող կացարան։",
            ),
            _t(
                "Trade unions welcomed the simplification but called for stricter inspections of "
                "working conditions. They noted that seasonal workers are often unaware of their "
                "rights and hesitate to report problems.",
                "Профсоюзы приветствовали упрощение, но призвали ужесточить проверки условий труда. "
                "Они отметили, что сезонные работники часто не знают своих прав и не решаются "
                "сообщать о нарушениях.",
                "Արհմիությունները ողջունեցին պարզեցումը, սակայն կոչ արեցին խստացնել աշխատանքային "
                "պայմանների ստուգումները։ Նրանք նշեցին, որ սեզոնային աշխատողները հաճախ տեղյակ չեն "
                "իրենց իրավունքներին և չեն համարձակվում հայտնել խախտումների մասին։",
            ),
            _t(
                "Recruitment agencies in the city of {city} report growing interest from young people "
                "looking for summer work abroad. Experts advise applicants to use only licensed "
                "agencies and to read their contracts carefully before leaving.",
                "Кадровые агентства в городе {city} отмечают растущий интерес молодёжи к летней работе "
                "за границей. Эксперты советуют пользоваться услугами только лицензированных агентств "
                "и внимательно читать контракт до отъезда.",
                "{city} քաղաքի աշխատանքի տեղավորման գործակալությունները նշում են արտասահմանում "
                "ամառային աշխատանք փնտրող երիտասարդների աճող հետաքրքրությունը։ Փորձագետները "
                "խորհուրդ են տալիս դիմել միայն լիցենզավորված գործակալությունների և մեկնելուց առաջ "
                "ուշադիր կարդալ պայմանագիրը։",
            ),
            _t(
                "The new rules are expected to be fully in place before the {year} season. "
                "Governments will assess the results after the first year and may extend the scheme "
                "to other sectors, such as tourism.",
                "Ожидается, что новые правила полностью заработают до начала сезона {year} года. "
                "Правительства оценят результаты по итогам первого года и, возможно, распространят "
                "схему на другие отрасли, например на туризм.",
                "Ակնկալվում է, որ նոր կանոններն ամբողջությամբ կգործեն մինչև {year} թվականի սեզոնի "
                "մեկնարկը։ Կառավարությունները առաջին տարվա արդյունքներով կգնահատեն դրանք և, "
                "հնարավոր է, սխեման կտարածեն այլ ոլորտների վրա, օրինակ՝ զբոսաշրջության։",
            ),
        ],
        "subheading": _t(
            "Unions call for inspections",
            "Профсоюзы требуют проверок",
            "Արհմիությունները ստուգումներ են պահանջում",
        ),
        "quote": {
            "text": _t(
                "A fair system must be simple for employers and safe for workers at the same time.",
                "Справедливая система должна быть одновременно простой для работодателей и безопасной "
                "для работников.",
                "Արդար համակարգը պետք է միաժամանակ պարզ լինի գործատուների համար և անվտանգ՝ "
                "աշխատողների համար։",
            ),
            "attribution": _t(
                "Helena Vogt, labour migration researcher",
                "Хелена Фогт, исследователь трудовой миграции",
                "Հելենա Ֆոգտ, աշխատանքային միգրացիայի հետազոտող",
            ),
        },
        "facts_title": _t("What changes", "Что меняется", "Ինչ է փոխվում"),
        "facts": [
            _t(
                "Applications processed online",
                "Заявки рассматриваются онлайн",
                "Դիմումները քննարկվում են առցանց",
            ),
            _t(
                "Multi-year permits for returning workers",
                "Многолетние разрешения для тех, кто приезжает повторно",
                "Բազմամյա թույլտվություններ վերադարձող աշխատողների համար",
            ),
            _t(
                "Full launch: before the {year} season",
                "Полный запуск: до сезона {year} года",
                "Լիարժեք մեկնարկը՝ մինչև {year} թվականի սեզոնը",
            ),
        ],
        "tags": [22, 9],
        "source": None,
    },
]
