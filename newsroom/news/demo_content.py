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
        "facts_title": _t(
            "The conference in brief", "Конференция коротко", "Համաժողովը հակիրճ"
        ),
        "facts": [
            _t(
                "Countries represented: {number}",
                "Число стран-участниц: {number}",
                "Ներկայացված երկրներ՝ {number}",
            ),
            _t(
                "Duration: three days",
                "Продолжительность: три дня",
                "Տևողությունը՝ երեք օր",
            ),
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
        "facts_title": _t(
            "Report highlights", "Главное в докладе", "Զեկույցի հիմնական դրույթները"
        ),
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

# ------------------------------------------------------------------ region --

STORIES["region"] = [
    {
        "headline": _t(
            "New regional passenger train to connect {city} with neighbouring capitals",
            "Новый региональный пассажирский поезд свяжет город {city} с соседними столицами",
            "Նոր տարածաշրջանային ուղևորատար գնացքը {city} քաղաքը կկապի հարևան մայրաքաղաքների հետ",
        ),
        "lead": _t(
            "Travel time will be cut by {number} minutes thanks to upgraded track and faster border "
            "checks.",
            "Время в пути сократится на {number} мин. благодаря модернизации путей и ускорению "
            "пограничного контроля.",
            "Ճանապարհի տևողությունը կկրճատվի {number} րոպեով՝ շնորհիվ արդիականացված գծերի և "
            "սահմանային ստուգումների արագացման։",
        ),
        "paragraphs": [
            _t(
                "The train will run three times a week, with modern carriages offering reclining "
                "seats, sleeping compartments and a café. Tickets will go on sale online a month "
                "before the first departure.",
                "Поезд будет курсировать три раза в неделю; в современных вагонах предусмотрены "
                "раскладывающиеся кресла, спальные купе и кафе. Билеты поступят в онлайн-продажу за "
                "месяц до первого рейса.",
                "Գնացքը կերթևեկի շաբաթական երեք անգամ, իսկ ժամանակակից վագոններում նախատեսված են "
                "ծալովի բազկաթոռներ, ննջակուպեներ և սրճարան։ Տոմսերի առցանց վաճառքը կմեկնարկի "
                "առաջին չվերթից մեկ ամիս առաջ։",
            ),
            _t(
                "Border and customs checks will be carried out on board while the train is moving, "
                "a practice that has already shortened journeys on freight routes. Passengers will no "
                "longer need to leave the carriage with their luggage.",
                "Пограничный и таможенный контроль будет проводиться прямо в поезде во время "
                "движения — такая практика уже сократила время в пути на грузовых маршрутах. "
                "Пассажирам больше не придётся выходить из вагона с багажом.",
                "Սահմանային և մաքսային ստուգումները կիրականացվեն անմիջապես գնացքում՝ երթևեկության "
                "ընթացքում, և այդ պրակտիկան արդեն կրճատել է ճանապարհի տևողությունը "
                "բեռնափոխադրման երթուղիներում։ Ուղևորներն այլևս ստիպված չեն լինի ուղեբեռով դուրս "
                "գալ վագոնից։",
            ),
            _t(
                "Tour operators in the city of {city} expect the route to boost weekend tourism and "
                "family visits. Students studying in neighbouring countries are also likely to be "
                "frequent passengers.",
                "Туроператоры в городе {city} ожидают, что маршрут оживит туризм выходного дня и "
                "семейные поездки. Частыми пассажирами, вероятно, станут и студенты, обучающиеся в "
                "соседних странах.",
                "{city} քաղաքի տուրօպերատորներն ակնկալում են, որ երթուղին կաշխուժացնի հանգստյան "
                "օրերի զբոսաշրջությունը և ընտանեկան այցելությունները։ Հաճախակի ուղևորներ, "
                "հավանաբար, կդառնան նաև հարևան երկրներում սովորող ուսանողները։",
            ),
            _t(
                "The railway administrations of the countries involved have been modernising track "
                "and signalling for several years. Some sections still have speed limits, but "
                "engineers say these will be lifted once the final repairs are complete.",
                "Железнодорожные администрации стран-участниц уже несколько лет модернизируют пути и "
                "сигнализацию. На некоторых участках пока сохраняются ограничения скорости, но, по "
                "словам инженеров, их снимут после завершения ремонта.",
                "Մասնակից երկրների երկաթուղային վարչակազմերն արդեն մի քանի տարի արդիականացնում են "
                "գծերը և ազդանշանային համակարգերը։ Որոշ հատվածներում դեռևս պահպանվում են "
                "արագության սահմանափակումները, սակայն ինժեներների խոսքով՝ դրանք կվերացվեն "
                "վերանորոգման ավարտից հետո։",
            ),
            _t(
                "If demand is high, a daily service could be introduced from {year}. Freight "
                "operators will also benefit from the upgraded infrastructure.",
                "При высоком спросе с {year} года поезд может стать ежедневным. Модернизированная "
                "инфраструктура пойдёт на пользу и грузовым перевозчикам.",
                "Բարձր պահանջարկի դեպքում {year} թվականից գնացքը կարող է դառնալ ամենօրյա։ "
                "Արդիականացված ենթակառուցվածքներից կշահեն նաև բեռնափոխադրողները։",
            ),
        ],
        "subheading": _t(
            "Border checks on the move",
            "Контроль на ходу",
            "Ստուգումներ՝ ընթացքի մեջ",
        ),
        "quote": {
            "text": _t(
                "A comfortable train is the simplest bridge between the people of neighbouring "
                "countries.",
                "Удобный поезд — самый простой мост между людьми соседних стран.",
                "Հարմարավետ գնացքը հարևան երկրների մարդկանց միջև ամենապարզ կամուրջն է։",
            ),
            "attribution": _t(
                "Zaur Karimli, deputy head of the national railway company",
                "Заур Керимли, заместитель главы национальной железнодорожной компании",
                "Զաուր Քերիմլի, ազգային երկաթուղային ընկերության ղեկավարի տեղակալ",
            ),
        },
        "facts_title": _t("Route details", "О маршруте", "Երթուղու մասին"),
        "facts": [
            _t(
                "Time saved: {number} minutes",
                "Экономия времени: {number} мин.",
                "Խնայված ժամանակը՝ {number} րոպե",
            ),
            _t(
                "Frequency: three times a week",
                "Частота: три раза в неделю",
                "Հաճախականությունը՝ շաբաթական երեք անգամ",
            ),
            _t(
                "Possible daily service from {year}",
                "Ежедневные рейсы возможны с {year} года",
                "Ամենօրյա չվերթներ՝ հնարավոր է {year} թվականից",
            ),
        ],
        "tags": [1, 7, 11],
        "source": _t(
            "National railway company",
            "Национальная железнодорожная компания",
            "Ազգային երկաթուղային ընկերություն",
        ),
    },
    {
        "headline": _t(
            "Scientists begin a joint expedition to study the Caspian coastline",
            "Учёные начали совместную экспедицию по изучению побережья Каспия",
            "Գիտնականները սկսել են Կասպից ծովի ափամերձ գոտու ուսումնասիրության համատեղ արշավ",
        ),
        "lead": _t(
            "Over the coming weeks, researchers will collect water and sediment samples at {number} "
            "points along the shore.",
            "В ближайшие недели исследователи отберут пробы воды и донных отложений вдоль берега; "
            "число точек отбора — {number}.",
            "Առաջիկա շաբաթներին հետազոտողները ջրի և նստվածքների նմուշներ կվերցնեն ափի երկայնքով "
            "{number} կետում։",
        ),
        "paragraphs": [
            _t(
                "The expedition brings together marine biologists, geographers and chemists from "
                "several coastal countries. Their main goal is to understand how falling water levels "
                "are changing coastal habitats.",
                "В экспедиции участвуют морские биологи, географы и химики из нескольких прибрежных "
                "стран. Главная цель — понять, как снижение уровня воды меняет прибрежные экосистемы.",
                "Արշավին մասնակցում են ծովային կենսաբաններ, աշխարհագրագետներ և քիմիկոսներ մի քանի "
                "առափնյա երկրներից։ Հիմնական նպատակն է հասկանալ, թե ինչպես է ջրի մակարդակի "
                "իջեցումը փոխում ափամերձ էկոհամակարգերը։",
            ),
            _t(
                "Researchers will pay special attention to shallow bays, which serve as spawning "
                "grounds for fish and resting places for migratory birds. Drones will be used to map "
                "areas that are hard to reach by boat.",
                "Особое внимание уделят мелководным заливам, которые служат местами нереста рыбы и "
                "остановки перелётных птиц. Для картографирования труднодоступных для лодок участков "
                "будут использоваться дроны.",
                "Հատուկ ուշադրություն կդարձվի ծանծաղ ծոցերին, որոնք ձկների ձվադրման և չվող "
                "թռչունների հանգստի վայրեր են։ Նավակով դժվարամատչելի տարածքները քարտեզագրելու "
                "համար կօգտագործվեն անօդաչու թռչող սարքեր։",
            ),
            _t(
                "Samples will be analysed in laboratories in the city of {city} and at partner "
                "universities. The results will be published in an open database so that local "
                "authorities can use them in planning.",
                "Пробы будут проанализированы в лабораториях города {city} и в университетах-партнёрах. "
                "Результаты разместят в открытой базе данных, чтобы местные власти могли использовать "
                "их при планировании.",
                "Նմուշները կվերլուծվեն {city} քաղաքի լաբորատորիաներում և գործընկեր "
                "համալսարաններում։ Արդյունքները կտեղադրվեն բաց տվյալների բազայում, որպեսզի տեղական "
                "իշխանությունները կարողանան օգտագործել դրանք պլանավորման ժամանակ։",
            ),
            _t(
                "Fishermen in coastal villages have been invited to share their observations about "
                "changes in catches and seasons. Scientists say such local knowledge often reveals "
                "trends long before they show up in official statistics.",
                "Рыбаков из прибрежных сёл пригласили поделиться наблюдениями об изменениях уловов и "
                "сезонов. Учёные отмечают, что такие знания местных жителей часто выявляют тенденции "
                "задолго до того, как они отражаются в официальной статистике.",
                "Առափնյա գյուղերի ձկնորսներին հրավիրել են կիսվելու որսի և սեզոնների "
                "փոփոխությունների վերաբերյալ իրենց դիտարկումներով։ Գիտնականները նշում են, որ "
                "տեղացիների նման գիտելիքը հաճախ բացահայտում է միտումները շատ ավելի վաղ, քան դրանք "
                "արտացոլվում են պաշտոնական վիճակագրության մեջ։",
            ),
            _t(
                "A preliminary report is expected at the end of the year, with a full scientific "
                "publication in {year}. The participants hope to turn the expedition into a regular "
                "monitoring programme.",
                "Предварительный отчёт ожидается в конце года, а полная научная публикация — в {year} "
                "году. Участники надеются превратить экспедицию в регулярную программу мониторинга.",
                "Նախնական զեկույցը սպասվում է տարեվերջին, իսկ ամբողջական գիտական հրապարակումը՝ "
                "{year} թվականին։ Մասնակիցները հույս ունեն արշավը վերածել մշտադիտարկման կանոնավոր "
                "ծրագրի։",
            ),
        ],
        "subheading": _t(
            "Fishermen as partners",
            "Рыбаки как партнёры",
            "Ձկնորսները՝ որպես գործընկերներ",
        ),
        "quote": {
            "text": _t(
                "The sea is changing faster than our maps, and we need to catch up.",
                "Море меняется быстрее, чем наши карты, и нам нужно его догнать.",
                "Ծովը փոխվում է ավելի արագ, քան մեր քարտեզները, և մենք պետք է հասնենք նրան։",
            ),
            "attribution": _t(
                "Sevinj Novruzova, marine biologist and expedition leader",
                "Севиндж Новрузова, морской биолог, руководитель экспедиции",
                "Սևինջ Նովրուզովա, ծովային կենսաբան, արշավախմբի ղեկավար",
            ),
        },
        "facts_title": _t("Expedition facts", "Об экспедиции", "Արշավի մասին"),
        "facts": [
            _t(
                "Sampling points: {number}",
                "Число точек отбора проб: {number}",
                "Նմուշառման կետեր՝ {number}",
            ),
            _t(
                "Tools: boats, drones and laboratory analysis",
                "Инструменты: лодки, дроны, лабораторный анализ",
                "Միջոցներ՝ նավակներ, անօդաչու սարքեր, լաբորատոր վերլուծություն",
            ),
            _t(
                "Full publication: {year}",
                "Полная публикация: {year} год",
                "Ամբողջական հրապարակում՝ {year} թվական",
            ),
        ],
        "tags": [20, 21, 3],
        "source": _t(
            "Institute of Geography press office",
            "Пресс-служба Института географии",
            "Աշխարհագրության ինստիտուտի մամուլի ծառայություն",
        ),
    },
    {
        "headline": _t(
            "{city} hosts a regional fair of farm products and crafts",
            "В городе {city} открылась региональная ярмарка фермерской продукции и ремёсел",
            "{city} քաղաքում բացվել է ֆերմերային արտադրանքի և արհեստների տարածաշրջանային տոնավաճառ",
        ),
        "lead": _t(
            "Producers from across the South Caucasus and Central Asia have set up {number} stands, "
            "offering everything from cheese and honey to carpets and ceramics.",
            "Производители со всего Южного Кавказа и Центральной Азии привезли всё — от сыра и мёда "
            "до ковров и керамики; число стендов — {number}.",
            "Հարավային Կովկասի և Կենտրոնական Ասիայի արտադրողները տեղադրել են {number} տաղավար, "
            "որտեղ առաջարկվում են պանիր և մեղր, գորգեր և խեցեղեն։",
        ),
        "paragraphs": [
            _t(
                "The fair is taking place in the central exhibition hall and on the square outside. "
                "Visitors can taste products, watch craftsmen at work and attend short talks on "
                "organic farming.",
                "Ярмарка проходит в центральном выставочном зале и на площади перед ним. Посетители "
                "могут продегустировать продукцию, понаблюдать за работой мастеров и послушать "
                "короткие лекции об органическом земледелии.",
                "Տոնավաճառն անցկացվում է կենտրոնական ցուցասրահում և նրա դիմացի հրապարակում։ "
                "Այցելուները կարող են համտեսել արտադրանքը, հետևել վարպետների աշխատանքին և լսել "
                "օրգանական երկրագործության մասին կարճ դասախոսություններ։",
            ),
            _t(
                "For many small producers, the fair is the only chance of the year to meet wholesale "
                "buyers and restaurant owners. Several agreements on regular deliveries were signed "
                "on the first day.",
                "Для многих небольших производителей ярмарка — единственная за год возможность "
                "встретиться с оптовыми покупателями и владельцами ресторанов. Уже в первый день было "
                "подписано несколько соглашений о регулярных поставках.",
                "Շատ փոքր արտադրողների համար տոնավաճառը տարվա միակ հնարավորությունն է հանդիպելու "
                "մեծածախ գնորդների և ռեստորանատերերի հետ։ Առաջին իսկ օրը ստորագրվել են կանոնավոր "
                "մատակարարումների մի քանի համաձայնագրեր։",
            ),
            _t(
                "Craftsmen demonstrated traditional techniques of carpet weaving, copper engraving "
                "and pottery. Organisers in the city of {city} said interest from young visitors had "
                "grown noticeably compared with previous years.",
                "Мастера продемонстрировали традиционные техники ковроткачества, чеканки по меди и "
                "гончарного дела. Организаторы в городе {city} отметили, что интерес молодых "
                "посетителей заметно вырос по сравнению с прошлыми годами.",
                "Վարպետները ցուցադրեցին գորգագործության, պղնձի դրվագման և բրուտագործության "
                "ավանդական տեխնիկաներ։ {city} քաղաքի կազմակերպիչները նշեցին, որ երիտասարդ "
                "այցելուների հետաքրքրությունը նախորդ տարիների համեմատ զգալիորեն աճել է։",
            ),
            _t(
                "Stands were set aside free of charge for women entrepreneurs and rural cooperatives. "
                "Business trainers offered advice on packaging, labelling and online sales.",
                "Отдельные стенды бесплатно предоставили женщинам-предпринимателям и сельским "
                "кооперативам. Бизнес-тренеры консультировали по вопросам упаковки, маркировки и "
                "онлайн-продаж.",
                "Առանձին տաղավարներ անվճար տրամադրվել են կին ձեռներեցներին և գյուղական "
                "կոոպերատիվներին։ Բիզնես-մարզիչները խորհրդատվություն էին տրամադրում փաթեթավորման, "
                "մակնշման և առցանց վաճառքի հարցերով։",
            ),
            _t(
                "The fair runs until Sunday, with a folk music concert planned for the closing "
                "evening. The organisers intend to make it an annual event and hope to double the "
                "number of foreign participants by {year}.",
                "Ярмарка продлится до воскресенья, а в заключительный вечер состоится концерт "
                "народной музыки. Организаторы намерены сделать её ежегодной и рассчитывают к {year} "
                "году удвоить число иностранных участников.",
                "Տոնավաճառը կտևի մինչև կիրակի, իսկ փակման երեկոյին նախատեսված է ժողովրդական "
                "երաժշտության համերգ։ Կազմակերպիչները մտադիր են այն դարձնել ամենամյա միջոցառում և "
                "հույս ունեն մինչև {year} թվականը կրկնապատկել օտարերկրյա մասնակիցների թիվը։",
            ),
        ],
        "subheading": _t(
            "Crafts that attract the young",
            "Ремёсла, которые привлекают молодёжь",
            "Արհեստներ, որոնք գրավում են երիտասարդներին",
        ),
        "quote": {
            "text": _t(
                "My grandmother sold cheese at the village market; now I send it to three countries.",
                "Моя бабушка продавала сыр на сельском базаре, а я теперь отправляю его в три страны.",
                "Տատիկս պանիր էր վաճառում գյուղի շուկայում, իսկ ես այժմ այն ուղարկում եմ երեք երկիր։",
            ),
            "attribution": _t(
                "Gulnar Tagiyeva, cheesemaker from a mountain village",
                "Гюльнар Тагиева, сыровар из горного села",
                "Գյուլնար Թաղիևա, պանրագործ լեռնային գյուղից",
            ),
        },
        "facts_title": _t(
            "The fair in numbers", "Ярмарка в цифрах", "Տոնավաճառը թվերով"
        ),
        "facts": [
            _t("Stands: {number}", "Число стендов: {number}", "Տաղավարներ՝ {number}"),
            _t(
                "Free space for women entrepreneurs and cooperatives",
                "Бесплатные места для женщин-предпринимателей и кооперативов",
                "Անվճար տարածք կին ձեռներեցների և կոոպերատիվների համար",
            ),
            _t(
                "Target: double foreign participation by {year}",
                "Цель: удвоить число иностранных участников к {year} году",
                "Նպատակը՝ մինչև {year} թվականը կրկնապատկել օտարերկրյա մասնակցությունը",
            ),
        ],
        "tags": [10, 9, 7],
        "source": _t(
            "Organising committee of the fair",
            "Оргкомитет ярмарки",
            "Տոնավաճառի կազմկոմիտե",
        ),
    },
    {
        "headline": _t(
            "Forecasters warn of strong winds and a sharp drop in temperature",
            "Синоптики предупреждают о сильном ветре и резком похолодании",
            "Օդերևութաբանները զգուշացնում են ուժեղ քամու և ջերմաստիճանի կտրուկ անկման մասին",
        ),
        "lead": _t(
            "In the city of {city} and surrounding districts, temperatures will fall by ten to twelve "
            "degrees within a day, and snow is possible in the mountains.",
            "В городе {city} и соседних районах температура за сутки понизится на 10–12 градусов, в "
            "горах возможен снег.",
            "{city} քաղաքում և հարակից շրջաններում ջերմաստիճանը մեկ օրվա ընթացքում կնվազի 10-12 "
            "աստիճանով, իսկ լեռներում հնարավոր է ձյուն։",
        ),
        "paragraphs": [
            _t(
                "According to the national hydrometeorological service, a mass of cold air is moving "
                "into the region from the north. Strong northerly winds will begin on Thursday "
                "evening and persist until at least Saturday.",
                "По данным национальной гидрометеослужбы, в регион с севера смещается холодная "
                "воздушная масса. Сильный северный ветер начнётся в четверг вечером и продержится как "
                "минимум до субботы.",
                "Ազգային հիդրոօդերևութաբանական ծառայության տվյալներով՝ տարածաշրջան հյուսիսից "
                "ներթափանցում է սառը օդային զանգված։ Ուժեղ հյուսիսային քամին կսկսվի հինգշաբթի "
                "երեկոյան և կշարունակվի առնվազն մինչև շաբաթ։",
            ),
            _t(
                "Drivers are advised to avoid mountain passes and to check their tyres. Road services "
                "have prepared snowploughs and stocks of sand and salt.",
                "Водителям рекомендуют избегать горных перевалов и проверить состояние шин. Дорожные "
                "службы подготовили снегоуборочную технику и запасы песка и соли.",
                "Վարորդներին խորհուրդ է տրվում խուսափել լեռնանցքներից և ստուգել անվադողերի "
                "վիճակը։ Ճանապարհային ծառայությունները պատրաստել են ձյուն մաքրող տեխնիկա և ավազի "
                "ու աղի պաշարներ։",
            ),
            _t(
                "Ferry and small-aircraft schedules may change depending on conditions, and "
                "passengers are asked to follow updates from carriers. Utility companies have put "
                "additional repair crews on standby.",
                "В зависимости от погодных условий может измениться расписание паромов и рейсов малой "
                "авиации, поэтому пассажиров просят следить за сообщениями перевозчиков. Коммунальные "
                "службы перевели дополнительные ремонтные бригады в режим готовности.",
                "Կախված եղանակային պայմաններից՝ կարող է փոփոխվել լաստանավերի և փոքր ավիացիայի "
                "չվերթների ժամանակացույցը, ուստի ուղևորներին խնդրում են հետևել փոխադրողների "
                "հաղորդագրություններին։ Կոմունալ ծառայությունները լրացուցիչ վերանորոգման "
                "բրիգադներ են պատրաստ պահում։",
            ),
            _t(
                "Farmers are advised to protect greenhouses and young seedlings, as night frosts are "
                "possible in low-lying areas. Agronomists recommend covering sensitive plants and "
                "postponing planting for a few days.",
                "Фермерам советуют защитить теплицы и молодую рассаду: в низинах ночью возможны "
                "заморозки. Агрономы рекомендуют укрыть чувствительные растения и отложить посадки на "
                "несколько дней.",
                "Ֆերմերներին խորհուրդ է տրվում պաշտպանել ջերմոցները և երիտասարդ սածիլները, քանի "
                "որ ցածրադիր վայրերում գիշերը հնարավոր են ցրտահարություններ։ Ագրոնոմները խորհուրդ "
                "են տալիս ծածկել զգայուն բույսերը և մի քանի օրով հետաձգել տնկումը։",
            ),
            _t(
                "Forecasters expect temperatures to return to seasonal norms early next week. "
                "Residents can follow hourly updates on the service's website and mobile app.",
                "По прогнозам синоптиков, в начале следующей недели температура вернётся к сезонной "
                "норме. Жители могут следить за ежечасными обновлениями на сайте службы и в мобильном "
                "приложении.",
                "Օդերևութաբանների կանխատեսմամբ՝ հաջորդ շաբաթվա սկզբին ջերմաստիճանը կվերադառնա "
                "սեզոնային նորմային։ Բնակիչները կարող են հետևել ժամային թարմացումներին ծառայության "
                "կայքում և բջջային հավելվածում։",
            ),
        ],
        "subheading": _t(
            "Advice for drivers and farmers",
            "Советы водителям и фермерам",
            "Խորհուրդներ վարորդներին և ֆերմերներին",
        ),
        "quote": {
            "text": _t(
                "This is a short but sharp cold snap, so the key thing is to be ready for a couple of "
                "difficult days.",
                "Это короткое, но резкое похолодание, поэтому главное — подготовиться к паре непростых "
                "дней.",
                "Սա կարճատև, բայց կտրուկ ցրտահարություն է, ուստի գլխավորը մի քանի դժվար օրվա "
                "պատրաստ լինելն է։",
            ),
            "attribution": _t(
                "Rovshan Abdullayev, duty forecaster at the hydrometeorological service",
                "Ровшан Абдуллаев, дежурный синоптик гидрометеослужбы",
                "Ռովշան Աբդուլլաև, հիդրոօդերևութաբանական ծառայության հերթապահ օդերևութաբան",
            ),
        },
        "facts_title": _t("The forecast", "Прогноз", "Կանխատեսում"),
        "facts": [
            _t(
                "Temperature drop: 10–12 degrees",
                "Понижение температуры: на 10–12 градусов",
                "Ջերմաստիճանի անկումը՝ 10-12 աստիճան",
            ),
            _t(
                "Snow possible in the mountains",
                "В горах возможен снег",
                "Լեռներում հնարավոր է ձյուն",
            ),
            _t(
                "Back to normal: early next week",
                "Возвращение к норме: начало следующей недели",
                "Նորմային վերադարձ՝ հաջորդ շաբաթվա սկզբին",
            ),
        ],
        "tags": [17, 3, 1],
        "source": _t(
            "National Hydrometeorological Service",
            "Национальная гидрометеорологическая служба",
            "Ազգային հիդրոօդերևութաբանական ծառայություն",
        ),
    },
    {
        "headline": _t(
            "Universities of the region launch a joint master's programme in logistics",
            "Вузы региона запустили совместную магистерскую программу по логистике",
            "Տարածաշրջանի բուհերը մեկնարկել են լոգիստիկայի համատեղ մագիստրոսական ծրագիր",
        ),
        "lead": _t(
            "Students will spend a semester each in {city} and two partner cities, and the first "
            "intake has {number} places.",
            "Студенты проведут по семестру в городе {city} и двух городах-партнёрах; число мест в "
            "первом наборе — {number}.",
            "Ուսանողները մեկական կիսամյակ կանցկացնեն {city} քաղաքում և երկու գործընկեր "
            "քաղաքներում, իսկ առաջին ընդունելության տեղերի թիվը {number} է։",
        ),
        "paragraphs": [
            _t(
                "The programme was designed by three universities together with logistics companies "
                "operating along regional transport corridors. Courses will cover supply chain "
                "management, customs law, digital tracking systems and port operations.",
                "Программа разработана тремя университетами совместно с логистическими компаниями, "
                "работающими на региональных транспортных коридорах. В курс войдут управление "
                "цепочками поставок, таможенное право, цифровые системы отслеживания и портовые "
                "операции.",
                "Ծրագիրը մշակվել է երեք համալսարանի կողմից՝ տարածաշրջանային տրանսպորտային "
                "միջանցքներում գործող լոգիստիկ ընկերությունների հետ համատեղ։ Դասընթացները "
                "կներառեն մատակարարման շղթաների կառավարում, մաքսային իրավունք, թվային հետագծման "
                "համակարգեր և նավահանգստային գործառնություններ։",
            ),
            _t(
                "Teaching will be in English, with optional courses in local languages in the host "
                "countries. Graduates will receive diplomas recognised by all three universities.",
                "Обучение будет вестись на английском языке, а в принимающих странах студенты смогут "
                "факультативно изучать местные языки. Выпускники получат дипломы, признаваемые всеми "
                "тремя университетами.",
                "Ուսուցումը կիրականացվի անգլերենով, իսկ հյուրընկալող երկրներում ուսանողները "
                "կկարողանան կամընտրական կարգով սովորել տեղական լեզուները։ Շրջանավարտները կստանան "
                "բոլոր երեք համալսարանների կողմից ճանաչվող դիպլոմներ։",
            ),
            _t(
                "Companies have promised paid internships in ports, railway terminals and warehouses. "
                "Employers say the industry urgently needs managers who understand the rules of "
                "several countries at once.",
                "Компании пообещали оплачиваемые стажировки в портах, на железнодорожных терминалах и "
                "складах. Работодатели говорят, что отрасли срочно нужны менеджеры, разбирающиеся в "
                "правилах сразу нескольких стран.",
                "Ընկերությունները խոստացել են վճարովի պրակտիկաներ նավահանգիստներում, երկաթուղային "
                "տերմինալներում և պահեստներում։ Գործատուներն ասում են, որ ոլորտին անհապաղ "
                "անհրաժեշտ են մենեջերներ, որոնք միաժամանակ մի քանի երկրների կանոններին են տիրապետում։",
            ),
            _t(
                "Scholarships covering tuition and accommodation will be available to the strongest "
                "applicants. Selection will be based on academic results, an interview and a short "
                "written essay.",
                "Лучшие абитуриенты смогут получить стипендии, покрывающие обучение и проживание. "
                "Отбор будет проводиться по академическим результатам, собеседованию и небольшому эссе.",
                "Լավագույն դիմորդները կկարողանան ստանալ ուսման և կացության ծախսերը հոգացող "
                "կրթաթոշակներ։ Ընտրությունը կկատարվի ակադեմիական արդյունքների, հարցազրույցի և կարճ "
                "շարադրության հիման վրա։",
            ),
            _t(
                "Applications are open until the end of spring, and classes will begin in the autumn "
                "of {year}. If the programme succeeds, the universities plan similar joint degrees in "
                "energy and tourism.",
                "Приём заявок продлится до конца весны, а занятия начнутся осенью {year} года. В "
                "случае успеха вузы планируют запустить аналогичные совместные программы в сферах "
                "энергетики и туризма.",
                "Դիմումների ընդունումը կտևի մինչև գարնան վերջ, իսկ դասերը կսկսվեն {year} թվականի "
                "աշնանը։ Հաջողության դեպքում բուհերը նախատեսում են նմանատիպ համատեղ ծրագրեր "
                "գործարկել էներգետիկայի և զբոսաշրջության ոլորտներում։",
            ),
        ],
        "subheading": _t(
            "Internships in ports and terminals",
            "Стажировки в портах и на терминалах",
            "Պրակտիկա նավահանգիստներում և տերմինալներում",
        ),
        "quote": {
            "text": _t(
                "Goods already cross our borders every day; now our students will learn to do the same.",
                "Грузы и так ежедневно пересекают наши границы, теперь то же самое научатся делать "
                "наши студенты.",
                "Բեռներն արդեն ամեն օր հատում են մեր սահմանները, իսկ հիմա նույնը կսովորեն անել մեր "
                "ուսանողները։",
            ),
            "attribution": _t(
                "Nino Beridze, professor and programme coordinator",
                "Нино Беридзе, профессор, координатор программы",
                "Նինո Բերիձե, պրոֆեսոր, ծրագրի համակարգող",
            ),
        },
        "facts_title": _t(
            "The programme at a glance", "Программа коротко", "Ծրագիրը հակիրճ"
        ),
        "facts": [
            _t(
                "Places in the first intake: {number}",
                "Число мест в первом наборе: {number}",
                "Տեղեր առաջին ընդունելությունում՝ {number}",
            ),
            _t(
                "Language of instruction: English",
                "Язык обучения: английский",
                "Ուսուցման լեզուն՝ անգլերեն",
            ),
            _t(
                "Classes start: autumn {year}",
                "Начало занятий: осень {year} года",
                "Դասերի մեկնարկը՝ {year} թվականի աշուն",
            ),
        ],
        "tags": [5, 1, 10],
        "source": None,
    },
]

# ------------------------------------------------------------------ sports --

STORIES["sports"] = [
    {
        "headline": _t(
            "Home side claims a late victory in a tense football derby in {city}",
            "{city}: хозяева вырвали победу в напряжённом футбольном дерби на последних минутах",
            "{city} քաղաքում տանտերերը վերջին րոպեներին հաղթանակ են կորզել լարված ֆուտբոլային դերբիում",
        ),
        "lead": _t(
            "The decisive goal came in stoppage time and sent the home side to the top of the league "
            "table.",
            "Решающий мяч был забит в добавленное время и вывел хозяев на первое место в турнирной "
            "таблице.",
            "Վճռորոշ գոլը խփվեց լրացուցիչ ժամանակում, և տանտերերը դուրս եկան մրցաշարային "
            "աղյուսակի առաջին հորիզոնական։",
        ),
        "paragraphs": [
            _t(
                "For most of the match, the visitors defended deep and seemed content with a draw. "
                "The home team dominated possession but struggled to create clear chances against a "
                "well-organised back line.",
                "Большую часть матча гости плотно оборонялись и, похоже, были довольны ничьей. Хозяева "
                "владели мячом, но с трудом создавали чистые моменты против хорошо организованной "
                "обороны.",
                "Խաղի մեծ մասում հյուրերը խիտ պաշտպանվում էին և, թվում էր, գոհ էին ոչ-ոքիից։ "
                "Տանտերերը տիրապետում էին գնդակին, սակայն դժվարությամբ էին վտանգավոր պահեր ստեղծում "
                "լավ կազմակերպված պաշտպանության դեմ։",
            ),
            _t(
                "The breakthrough came in the second minute of stoppage time, when a 19-year-old "
                "substitute headed in a corner from the left. The stadium erupted, and the young "
                "forward disappeared under a pile of teammates.",
                "Перелом наступил на второй добавленной минуте, когда 19-летний игрок, вышедший на "
                "замену, замкнул головой подачу углового слева. Стадион взорвался, а молодого "
                "нападающего облепили партнёры.",
                "Բեկումը տեղի ունեցավ լրացուցիչ ժամանակի երկրորդ րոպեին, երբ փոխարինման դուրս եկած "
                "19-ամյա ֆուտբոլիստը գլխով ավարտեց ձախից կատարված անկյունային հարվածը։ Մարզադաշտը "
                "պայթեց ուրախությունից, իսկ երիտասարդ հարձակվողին շրջապատեցին թիմակիցները։",
            ),
            _t(
                "The home coach praised his team's patience and said the substitution had been "
                "planned at half-time. The visiting coach admitted that his players had lost "
                "concentration in the closing minutes.",
                "Главный тренер хозяев похвалил команду за терпение и рассказал, что замена была "
                "запланирована ещё в перерыве. Наставник гостей признал, что его игроки потеряли "
                "концентрацию в концовке.",
                "Տանտերերի գլխավոր մարզիչը գովեց թիմին համբերատարության համար և պատմեց, որ "
                "փոխարինումը պլանավորված էր դեռ ընդմիջմանը։ Հյուրերի մարզիչը խոստովանեց, որ իր "
                "ֆուտբոլիստները վերջին րոպեներին կորցրել են կենտրոնացումը։",
            ),
            _t(
                "Despite steady rain, the stadium in the city of {city} was almost full, and fans of "
                "both clubs created a lively but peaceful atmosphere. Police reported no incidents "
                "before or after the match.",
                "Несмотря на моросящий дождь, стадион в городе {city} был почти заполнен, а болельщики "
                "обеих команд создали яркую, но мирную атмосферу. Полиция сообщила, что ни до, ни "
                "после матча инцидентов не было.",
                "Չնայած մաղող անձրևին՝ {city} քաղաքի մարզադաշտը գրեթե լեփ-լեցուն էր, իսկ երկու "
                "ակումբների երկրպագուները վառ, բայց խաղաղ մթնոլորտ էին ստեղծել։ Ոստիկանությունը "
                "հայտնեց, որ խաղից առաջ և հետո միջադեպեր չեն գրանցվել։",
            ),
            _t(
                "With this win, the home side goes top of the table ahead of next week's away match. "
                "The visitors will try to bounce back at home against the league's newcomers.",
                "Благодаря этой победе хозяева возглавили турнирную таблицу перед выездным матчем на "
                "следующей неделе. Гости попытаются реабилитироваться дома в игре с новичком лиги.",
                "Այս հաղթանակի շնորհիվ տանտերերը գլխավորեցին մրցաշարային աղյուսակը հաջորդ շաբաթվա "
                "արտագնա խաղից առաջ։ Հյուրերը կփորձեն վերականգնվել տնային հանդիպումում՝ լիգայի "
                "նորեկի դեմ։",
            ),
        ],
        "subheading": _t(
            "A substitute becomes the hero",
            "Герой вышел со скамейки",
            "Հերոսը դուրս եկավ պահեստայինների նստարանից",
        ),
        "quote": {
            "text": _t(
                "We told him to attack the near post, and he did exactly that. This goal belongs to "
                "the whole squad.",
                "Мы сказали ему идти на ближнюю штангу, и он сделал именно это. Этот гол — заслуга всей "
                "команды.",
                "Մենք նրան ասացինք գնալ մոտակա ձողի ուղղությամբ, և նա հենց այդպես էլ արեց։ Այս գոլը "
                "ողջ թիմի վաստակն է։",
            ),
            "attribution": _t(
                "Elchin Musayev, head coach of the home team",
                "Эльчин Мусаев, главный тренер хозяев",
                "Էլչին Մուսաև, տանտերերի գլխավոր մարզիչ",
            ),
        },
        "facts_title": _t("Match facts", "Факты матча", "Խաղի փաստեր"),
        "facts": [
            _t("Score: 1–0", "Счёт: 1:0", "Հաշիվը՝ 1:0"),
            _t(
                "Goal: second minute of stoppage time",
                "Гол: вторая добавленная минута",
                "Գոլը՝ լրացուցիչ ժամանակի երկրորդ րոպե",
            ),
            _t(
                "Scorer's age: 19",
                "Возраст автора гола: 19 лет",
                "Գոլի հեղինակի տարիքը՝ 19",
            ),
        ],
        "tags": [4, 17],
        "source": None,
    },
    {
        "headline": _t(
            "Wrestlers bring home medals from an international tournament in {city}",
            "Борцы завоевали медали на международном турнире в городе {city}",
            "Ըմբիշները մեդալներ են նվաճել {city} քաղաքում անցկացված միջազգային մրցաշարում",
        ),
        "lead": _t(
            "The national team finished second in the overall standings, with two gold medals in "
            "freestyle wrestling.",
            "Сборная заняла второе место в общем зачёте, завоевав два золота в вольной борьбе.",
            "Հավաքականը զբաղեցրել է երկրորդ տեղը թիմային հաշվարկում՝ նվաճելով երկու ոսկե մեդալ "
            "ազատ ոճի ըմբշամարտում։",
        ),
        "paragraphs": [
            _t(
                "The competition brought together wrestlers from more than twenty countries and was "
                "an important ranking event ahead of the continental championship. Freestyle and "
                "Greco-Roman medals were contested over three days.",
                "Соревнования собрали борцов из более чем двадцати стран и стали важным рейтинговым "
                "турниром перед континентальным чемпионатом. В течение трёх дней разыгрывались "
                "медали в вольной и греко-римской борьбе.",
                "Մրցումներին մասնակցում էին ավելի քան քսան երկրի ըմբիշներ, և դրանք կարևոր "
                "վարկանիշային մրցաշար էին մայրցամաքային առաջնությունից առաջ։ Երեք օրվա ընթացքում "
                "մեդալներ խաղարկվեցին ազատ ոճի և հունահռոմեական ըմբշամարտում։",
            ),
            _t(
                "The first gold went to a 22-year-old in the 65 kg category, who won the final on "
                "points after a cautious first period. The second came at 86 kg, where the team "
                "captain finished his bout with a spectacular throw.",
                "Первое золото принёс 22-летний борец в весовой категории до 65 кг, выигравший финал "
                "по очкам после осторожного первого периода. Второе пришло в весе до 86 кг, где "
                "капитан сборной завершил схватку эффектным броском.",
                "Առաջին ոսկին նվաճեց 22-ամյա ըմբիշը 65 կգ քաշային կարգում, ով եզրափակիչում հաղթեց "
                "միավորներով՝ զգուշավոր առաջին շրջանից հետո։ Երկրորդը եկավ 86 կգ քաշային կարգում, "
                "որտեղ հավաքականի ավագը մենամարտն ավարտեց տպավորիչ նետումով։",
            ),
            _t(
                "Greco-Roman wrestlers added a silver and three bronze medals. Coaches noted that "
                "several young athletes were competing at this level for the first time and looked "
                "confident.",
                "Борцы греко-римского стиля добавили в копилку серебро и три бронзы. Тренеры "
                "отметили, что несколько молодых спортсменов впервые выступали на таком уровне и "
                "держались уверенно.",
                "Հունահռոմեական ոճի ըմբիշները ավելացրին մեկ արծաթե և երեք բրոնզե մեդալ։ "
                "Մարզիչները նշեցին, որ մի քանի երիտասարդ մարզիկ առաջին անգամ էին հանդես գալիս այս "
                "մակարդակում և վստահ էին պահում իրենց։",
            ),
            _t(
                "The arena in the city of {city} was full on the final day, with many families "
                "bringing children who train at local wrestling schools. After the medal ceremony, "
                "the organisers held an open training session with the medallists. Hotels near the "
                "venue reported full occupancy throughout the tournament.",
                "В финальный день арена в городе {city} была заполнена: многие семьи пришли с детьми, "
                "которые занимаются в местных школах борьбы. После церемонии награждения организаторы "
                "провели открытую тренировку с медалистами. Гостиницы рядом с ареной сообщили о "
                "полной загрузке на все дни турнира.",
                "Եզրափակիչ օրը {city} քաղաքի մարզադահլիճը լեփ-լեցուն էր, և շատ ընտանիքներ եկել էին "
                "իրենց երեխաների հետ, որոնք մարզվում են տեղական ըմբշամարտի դպրոցներում։ "
                "Պարգևատրման արարողությունից հետո կազմակերպիչները բաց մարզում անցկացրին "
                "մեդալակիրների մասնակցությամբ։ Մարզադահլիճի մոտակա հյուրանոցները հայտնեցին, որ "
                "մրցաշարի բոլոր օրերին ամբողջությամբ զբաղված են եղել։",
            ),
            _t(
                "The team now heads to a training camp in the mountains before the continental "
                "championship. The coaching staff will name the final squad after a series of "
                "control bouts.",
                "Теперь команде предстоит учебно-тренировочный сбор в горах перед континентальным "
                "чемпионатом. Окончательный состав тренерский штаб объявит после серии контрольных "
                "схваток.",
                "Այժմ թիմին սպասվում է ուսումնամարզական հավաք լեռներում՝ մայրցամաքային "
                "առաջնությունից առաջ։ Վերջնական կազմը մարզչական շտաբը կհայտարարի մի շարք "
                "ստուգողական մենամարտերից հետո։",
            ),
        ],
        "subheading": _t(
            "Young wrestlers impress",
            "Молодёжь не подвела",
            "Երիտասարդները չհիասթափեցրին",
        ),
        "quote": {
            "text": _t(
                "Medals are important, but what pleases me most is how calm our young athletes were "
                "on the mat.",
                "Медали важны, но больше всего меня радует, как спокойно держались на ковре наши "
                "молодые спортсмены.",
                "Մեդալները կարևոր են, բայց ինձ ամենից շատ ուրախացնում է այն, թե որքան հանգիստ էին "
                "մեր երիտասարդ մարզիկները գորգի վրա։",
            ),
            "attribution": _t(
                "Namig Hajiyev, head coach of the national team",
                "Намиг Гаджиев, главный тренер сборной",
                "Նամիգ Հաջիև, հավաքականի գլխավոր մարզիչ",
            ),
        },
        "facts_title": _t("Team results", "Итоги сборной", "Հավաքականի արդյունքները"),
        "facts": [
            _t(
                "Gold: 2, silver: 1, bronze: 3",
                "Золото: 2, серебро: 1, бронза: 3",
                "Ոսկի՝ 2, արծաթ՝ 1, բրոնզ՝ 3",
            ),
            _t(
                "Overall standings: 2nd place",
                "Общий зачёт: 2-е место",
                "Թիմային հաշվարկ՝ 2-րդ տեղ",
            ),
            _t(
                "Countries taking part: more than 20",
                "Стран-участниц: более 20",
                "Մասնակից երկրներ՝ ավելի քան 20",
            ),
        ],
        "tags": [16, 7],
        "source": _t(
            "National Wrestling Federation",
            "Национальная федерация борьбы",
            "Ըմբշամարտի ազգային ֆեդերացիա",
        ),
    },
    {
        "headline": _t(
            "Teenage player wins the open chess festival in {city}",
            "Юный шахматист выиграл открытый шахматный фестиваль в городе {city}",
            "Պատանի շախմատիստը հաղթել է {city} քաղաքի բաց շախմատային փառատոնում",
        ),
        "lead": _t(
            "The 15-year-old finished ahead of several grandmasters in a field of {number} players.",
            "15-летний шахматист опередил нескольких гроссмейстеров; число участников турнира "
            "составило {number}.",
            "15-ամյա շախմատիստն առաջ է անցել մի քանի գրոսմայստերից մրցաշարում, որին մասնակցում "
            "էր {number} խաղացող։",
        ),
        "paragraphs": [
            _t(
                "The nine-round Swiss-system tournament was played over a week in the hall of the "
                "city chess club. The young winner scored seven and a half points and did not lose a "
                "single game.",
                "Турнир по швейцарской системе в девять туров прошёл за неделю в зале городского "
                "шахматного клуба. Юный победитель набрал семь с половиной очков и не проиграл ни "
                "одной партии.",
                "Շվեյցարական համակարգով ինը տուրից բաղկացած մրցաշարն անցկացվեց մեկ շաբաթվա "
                "ընթացքում քաղաքային շախմատային ակումբի դահլիճում։ Երիտասարդ հաղթողը վաստակեց "
                "յոթուկես միավոր և ոչ մի պարտիա չպարտվեց։",
            ),
            _t(
                "His decisive win came in the penultimate round against the top seed, in a long "
                "endgame that lasted more than five hours. Spectators followed the game on large "
                "screens in the lobby.",
                "Решающую победу он одержал в предпоследнем туре над первым номером рейтинга — в "
                "затяжном эндшпиле, длившемся более пяти часов. Зрители следили за партией на больших "
                "экранах в фойе.",
                "Վճռորոշ հաղթանակը նա տարավ նախավերջին տուրում մրցաշարի վարկանիշային առաջին համարի "
                "նկատմամբ՝ ավելի քան հինգ ժամ տևած երկարատև էնդշպիլում։ Հանդիսատեսը պարտիային "
                "հետևում էր նախասրահի մեծ էկրաններին։",
            ),
            _t(
                "The winner started playing at the age of six in a school chess club and now trains "
                "with a coach three times a week. He says he spends more time analysing his own "
                "mistakes than studying openings.",
                "Победитель начал играть в шесть лет в школьном кружке и сейчас занимается с тренером "
                "три раза в неделю. По его словам, разбору собственных ошибок он уделяет больше "
                "времени, чем изучению дебютов.",
                "Հաղթողը սկսել է խաղալ վեց տարեկանում՝ դպրոցական խմբակում, և այժմ շաբաթական երեք "
                "անգամ պարապում է մարզչի հետ։ Նրա խոսքով՝ սեփական սխալների վերլուծությանն ավելի շատ "
                "ժամանակ է հատկացնում, քան դեբյուտների ուսումնասիրությանը։",
            ),
            _t(
                "The festival in the city of {city} also featured a blitz tournament, a simultaneous "
                "exhibition for children and a lecture on the history of chess in the region. "
                "Organisers said the number of women and girls taking part had grown significantly.",
                "Фестиваль в городе {city} включал также блиц-турнир, сеанс одновременной игры для "
                "детей и лекцию об истории шахмат в регионе. Организаторы отметили, что число "
                "участниц заметно выросло.",
                "{city} քաղաքի փառատոնը ներառում էր նաև բլից մրցաշար, երեխաների համար միաժամանակյա "
                "խաղի սեանս և դասախոսություն տարածաշրջանում շախմատի պատմության մասին։ "
                "Կազմակերպիչները նշեցին, որ կին մասնակիցների թիվը զգալիորեն աճել է։",
            ),
            _t(
                "The victory earns the young player a place in a strong international round-robin "
                "next spring. His coach believes he could meet the requirements for the grandmaster "
                "title by {year}.",
                "Победа принесла юному шахматисту место в сильном международном круговом турнире "
                "следующей весной. Его тренер считает, что к {year} году он сможет выполнить норматив "
                "гроссмейстера.",
                "Հաղթանակը պատանի շախմատիստին տեղ ապահովեց հաջորդ գարնանը կայանալիք ուժեղ "
                "միջազգային շրջանաձև մրցաշարում։ Նրա մարզիչը կարծում է, որ մինչև {year} թվականը նա "
                "կկարողանա կատարել գրոսմայստերի նորմատիվը։",
            ),
        ],
        "subheading": _t(
            "A five-hour endgame", "Пятичасовой эндшпиль", "Հնգժամյա էնդշպիլ"
        ),
        "quote": {
            "text": _t(
                "I did not think about my opponents' ratings, only about the position on the board.",
                "Я не думал о рейтинге соперников — только о позиции на доске.",
                "Ես չէի մտածում մրցակիցների վարկանիշի մասին, միայն՝ տախտակի դիրքի։",
            ),
            "attribution": _t(
                "Tamerlan Sadigov, 15, winner of the festival",
                "Тамерлан Садыгов, 15 лет, победитель фестиваля",
                "Թամերլան Սադիգով, 15 տարեկան, փառատոնի հաղթող",
            ),
        },
        "facts_title": _t("Tournament facts", "О турнире", "Մրցաշարի մասին"),
        "facts": [
            _t(
                "Players: {number}",
                "Число участников: {number}",
                "Մասնակիցներ՝ {number}",
            ),
            _t(
                "Winner's score: 7.5 out of 9",
                "Результат победителя: 7,5 из 9",
                "Հաղթողի արդյունքը՝ 7,5 միավոր 9-ից",
            ),
            _t(
                "Format: Swiss system, nine rounds",
                "Формат: швейцарская система, девять туров",
                "Ձևաչափը՝ շվեյցարական համակարգ, ինը տուր",
            ),
        ],
        "tags": [15, 5],
        "source": _t(
            "City chess club", "Городской шахматный клуб", "Քաղաքային շախմատային ակումբ"
        ),
    },
    {
        "headline": _t(
            "Thousands of runners take part in the marathon in {city}",
            "Тысячи бегунов вышли на старт марафона в городе {city}",
            "Հազարավոր վազորդներ մասնակցել են {city} քաղաքի մարաթոնին",
        ),
        "lead": _t(
            "Runners could choose the full distance, a half marathon or a family race, on a course "
            "through the main avenues and the historic centre.",
            "Участники могли выбрать полную дистанцию, полумарафон или семейный забег; трасса "
            "проходила по главным проспектам и историческому центру.",
            "Մասնակիցները կարող էին ընտրել ամբողջական տարածությունը, կիսամարաթոնը կամ ընտանեկան "
            "վազքը, իսկ երթուղին անցնում էր գլխավոր պողոտաներով և պատմական կենտրոնով։",
        ),
        "paragraphs": [
            _t(
                "The race started early in the morning to avoid the heat. Streets in the centre were "
                "closed to traffic for several hours, and public transport ran on temporary routes.",
                "Старт дали рано утром, чтобы избежать жары. Улицы в центре были перекрыты для "
                "транспорта на несколько часов, а общественный транспорт курсировал по временным "
                "маршрутам.",
                "Մեկնարկը տրվեց վաղ առավոտյան՝ շոգից խուսափելու համար։ Կենտրոնի փողոցները մի քանի "
                "ժամով փակվեցին երթևեկության համար, իսկ հասարակական տրանսպորտը երթևեկում էր "
                "ժամանակավոր երթուղիներով։",
            ),
            _t(
                "The men's race was won by a runner from a neighbouring country who pulled clear of "
                "the field over the last ten kilometres. In the women's race, a local schoolteacher "
                "took first place, improving her personal best by several minutes.",
                "У мужчин победил бегун из соседней страны, который оторвался от соперников на "
                "последних десяти километрах. У женщин первое место заняла местная школьная "
                "учительница, улучшившая личный рекорд на несколько минут.",
                "Տղամարդկանց մրցավազքում հաղթեց հարևան երկրից ժամանած վազորդը, ով վերջին տասը "
                "կիլոմետրում զգալիորեն առաջ անցավ մրցակիցներից։ Կանանց մրցավազքում առաջին տեղը "
                "զբաղեցրեց տեղացի դպրոցական ուսուցչուհին՝ մի քանի րոպեով բարելավելով իր անձնական "
                "ռեկորդը։",
            ),
            _t(
                "Volunteers staffed the water stations, and medical teams were on duty along the "
                "course. Residents of the city of {city} lined the streets with drums and homemade "
                "banners to cheer the runners on.",
                "На пунктах питания работали волонтёры, а вдоль трассы дежурили медицинские бригады. "
                "Жители города {city} выстроились вдоль улиц с барабанами и самодельными плакатами, "
                "чтобы поддержать бегунов.",
                "Ջրի կետերում աշխատում էին կամավորներ, իսկ երթուղու երկայնքով հերթապահում էին "
                "բժշկական խմբեր։ {city} քաղաքի բնակիչները շարվել էին փողոցների երկայնքով՝ "
                "թմբուկներով և ձեռքով պատրաստված պաստառներով ոգևորելու վազորդներին։",
            ),
            _t(
                "A separate start was organised for wheelchair athletes and for visually impaired "
                "runners, who ran alongside guides. The family race attracted many parents with "
                "children and even grandparents.",
                "Отдельный старт организовали для спортсменов на колясках и бегунов с нарушениями "
                "зрения, которые бежали вместе с сопровождающими. На семейный забег пришло много "
                "родителей с детьми и даже бабушек и дедушек.",
                "Առանձին մեկնարկ կազմակերպվեց անվասայլակով մարզիկների և տեսողության խնդիրներ "
                "ունեցող վազորդների համար, որոնք վազում էին ուղեկցորդների հետ։ Ընտանեկան վազքին "
                "մասնակցեցին բազմաթիվ ծնողներ՝ երեխաների, և նույնիսկ տատիկների ու պապիկների հետ։",
            ),
            _t(
                "The organisers are already preparing for next year and plan to apply for "
                "international certification of the course. Registration for the {year} marathon "
                "will open in the winter.",
                "Организаторы уже готовятся к следующему забегу и намерены подать заявку на "
                "международную сертификацию трассы. Регистрация на марафон {year} года откроется зимой.",
                "Կազմակերպիչներն արդեն պատրաստվում են հաջորդ մրցավազքին և մտադիր են դիմել "
                "երթուղու միջազգային հավաստագրման համար։ {year} թվականի մարաթոնի գրանցումը "
                "կբացվի ձմռանը։",
            ),
        ],
        "subheading": _t(
            "A teacher on the podium",
            "Учительница на пьедестале",
            "Ուսուցչուհին՝ պատվանդանին",
        ),
        "quote": {
            "text": _t(
                "I run to school every morning, so today was simply a longer route than usual.",
                "Я каждое утро бегаю в школу, так что сегодня у меня был просто более длинный "
                "маршрут, чем обычно.",
                "Ես ամեն առավոտ վազելով եմ գնում դպրոց, այնպես որ այսօր պարզապես սովորականից ավելի "
                "երկար երթուղի էր։",
            ),
            "attribution": _t(
                "Aysel Bayramova, winner of the women's race",
                "Айсель Байрамова, победительница женского забега",
                "Այսել Բայրամովա, կանանց մրցավազքի հաղթող",
            ),
        },
        "facts_title": _t("Race day", "День забега", "Մրցավազքի օրը"),
        "facts": [
            _t(
                "Distances: 42.2 km, 21.1 km and a family race",
                "Дистанции: 42,2 км, 21,1 км и семейный забег",
                "Տարածություններ՝ 42,2 կմ, 21,1 կմ և ընտանեկան վազք",
            ),
            _t(
                "Volunteers: {number}",
                "Число волонтёров: {number}",
                "Կամավորներ՝ {number}",
            ),
            _t(
                "Registration for {year} opens in winter",
                "Регистрация на {year} год откроется зимой",
                "{year} թվականի գրանցումը կբացվի ձմռանը",
            ),
        ],
        "tags": [6, 1, 7],
        "source": _t(
            "Marathon organising committee",
            "Оргкомитет марафона",
            "Մարաթոնի կազմկոմիտե",
        ),
    },
    {
        "headline": _t(
            "New sports complex in {city} to host youth football and wrestling schools",
            "В городе {city} открылся спорткомплекс для детских футбольных и борцовских школ",
            "{city} քաղաքում բացվել է մարզահամալիր՝ մանկական ֆուտբոլի և ըմբշամարտի դպրոցների համար",
        ),
        "lead": _t(
            "The complex has two artificial-turf pitches and a wrestling hall, and {number} children "
            "have already signed up for training.",
            "В комплексе два поля с искусственным покрытием и борцовский зал; число записавшихся "
            "детей уже достигло {number}.",
            "Համալիրում կան արհեստական ծածկույթով երկու դաշտ և ըմբշամարտի դահլիճ, իսկ մարզումների "
            "արդեն գրանցվել է {number} երեխա։",
        ),
        "paragraphs": [
            _t(
                "The complex was built on the site of an old stadium that had been closed for years. "
                "Besides the pitches and the wrestling hall, it has changing rooms, a small medical "
                "office and a stand for several hundred spectators.",
                "Комплекс построен на месте старого стадиона, много лет стоявшего закрытым. Помимо "
                "полей и борцовского зала, здесь есть раздевалки, небольшой медицинский кабинет и "
                "трибуна на несколько сотен зрителей.",
                "Համալիրը կառուցվել է երկար տարիներ փակ մնացած հին մարզադաշտի տեղում։ Դաշտերից և "
                "ըմբշամարտի դահլիճից բացի՝ այստեղ կան հանդերձարաններ, փոքր բուժկետ և մի քանի հարյուր "
                "հանդիսատեսի համար նախատեսված տրիբունա։",
            ),
            _t(
                "Training for children will be free, and kit will be provided to families who cannot "
                "afford it. Coaches were chosen through an open competition, and several former "
                "national team players are among them.",
                "Занятия для детей будут бесплатными, а семьям, которые не могут позволить себе "
                "экипировку, её предоставят. Тренеров отбирали на открытом конкурсе, среди них — "
                "несколько бывших игроков сборной.",
                "Երեխաների համար պարապմունքներն անվճար կլինեն, իսկ այն ընտանիքներին, որոնք չեն "
                "կարող իրենց թույլ տալ մարզահանդերձանք, այն կտրամադրվի։ Մարզիչներն ընտրվել են բաց "
                "մրցույթով, և նրանց թվում են հավաքականի մի քանի նախկին խաղացողներ։",
            ),
            _t(
                "Officials in the city of {city} say the complex is part of a wider plan to give "
                "every district access to modern sports facilities. During the day, nearby schools "
                "will use the pitches for physical education lessons.",
                "В администрации города {city} говорят, что комплекс — часть более широкого плана, "
                "цель которого — обеспечить каждый район современными спортивными объектами. Днём "
                "поля будут использовать близлежащие школы для уроков физкультуры.",
                "{city} քաղաքի վարչակազմում ասում են, որ համալիրն ավելի լայն ծրագրի մաս է, որի "
                "նպատակն է յուրաքանչյուր թաղամաս ապահովել ժամանակակից մարզական օբյեկտներով։ "
                "Ցերեկը դաշտերից կօգտվեն մոտակա դպրոցները՝ ֆիզկուլտուրայի դասերի համար։",
            ),
            _t(
                "Parents at the opening said the nearest proper pitch used to be a long bus ride "
                "away. Some children tried on their new kit straight away and played a friendly match "
                "on the very first evening.",
                "Родители на церемонии открытия рассказали, что раньше до ближайшего нормального поля "
                "приходилось долго ехать на автобусе. Некоторые дети сразу же примерили новую форму и "
                "в первый же вечер сыграли товарищеский матч.",
                "Բացման արարողությանը ներկա ծնողները պատմեցին, որ նախկինում մոտակա պատշաճ դաշտին "
                "հասնելու համար պետք էր երկար ճանապարհ անցնել ավտոբուսով։ Որոշ երեխաներ անմիջապես "
                "փորձեցին իրենց նոր մարզահագուստը և առաջին իսկ երեկոյան ընկերական խաղ անցկացրին։",
            ),
            _t(
                "A swimming pool is planned as the second phase of the project, with construction "
                "expected to begin in {year}. The complex will also host regional youth competitions "
                "during the school holidays.",
                "Вторым этапом проекта предусмотрен плавательный бассейн, строительство которого "
                "должно начаться в {year} году. В школьные каникулы в комплексе будут проходить "
                "региональные юношеские соревнования.",
                "Նախագծի երկրորդ փուլում նախատեսված է լողավազան, որի շինարարությունը պետք է սկսվի "
                "{year} թվականին։ Դպրոցական արձակուրդների ժամանակ համալիրում կանցկացվեն "
                "տարածաշրջանային պատանեկան մրցումներ։",
            ),
        ],
        "subheading": _t(
            "Free training for every child",
            "Бесплатные тренировки для каждого ребёнка",
            "Անվճար մարզումներ յուրաքանչյուր երեխայի համար",
        ),
        "quote": {
            "text": _t(
                "There is talent in every courtyard; our job is to give it a place to grow.",
                "Таланты есть в каждом дворе, наша задача — дать им место, где они смогут расти.",
                "Տաղանդներ կան յուրաքանչյուր բակում, և մեր խնդիրն է նրանց տալ աճելու վայր։",
            ),
            "attribution": _t(
                "Ramil Zeynalov, director of the sports complex",
                "Рамиль Зейналов, директор спорткомплекса",
                "Ռամիլ Զեյնալով, մարզահամալիրի տնօրեն",
            ),
        },
        "facts_title": _t("About the complex", "О комплексе", "Համալիրի մասին"),
        "facts": [
            _t(
                "Children enrolled: {number}",
                "Число записавшихся детей: {number}",
                "Գրանցված երեխաներ՝ {number}",
            ),
            _t(
                "Facilities: two pitches and a wrestling hall",
                "Объекты: два поля и борцовский зал",
                "Օբյեկտներ՝ երկու դաշտ և ըմբշամարտի դահլիճ",
            ),
            _t(
                "Swimming pool construction: from {year}",
                "Строительство бассейна: с {year} года",
                "Լողավազանի շինարարություն՝ {year} թվականից",
            ),
        ],
        "tags": [4, 16, 19],
        "source": _t(
            "Telegram channel of the city administration",
            "Telegram-канал городской администрации",
            "Քաղաքապետարանի Telegram ալիք",
        ),
    },
]

# ----------------------------------------------------------------- culture --

STORIES["culture"] = [
    {
        "headline": _t(
            "Drama theatre in {city} opens the season with a premiere of a modern comedy",
            "Драмтеатр в городе {city} открыл сезон премьерой современной комедии",
            "{city} քաղաքի դրամատիկական թատրոնը թատերաշրջանը բացել է ժամանակակից կատակերգության պրեմիերայով",
        ),
        "lead": _t(
            "The play, about three generations of one family sharing a small flat, received a "
            "standing ovation.",
            "Спектакль о трёх поколениях одной семьи, живущих в маленькой квартире, зрители "
            "встретили овацией стоя.",
            "Փոքր բնակարանում ապրող մեկ ընտանիքի երեք սերունդների մասին ներկայացումը հանդիսատեսը "
            "ընդունեց հոտնկայս ծափահարություններով։",
        ),
        "paragraphs": [
            _t(
                "The script was written by a young local playwright and won a national competition "
                "for new drama last year. The director opted for a minimalist set: a kitchen table, a "
                "few chairs and a window that changes colour with the seasons.",
                "Пьесу написал молодой местный драматург, и в прошлом году она победила в "
                "национальном конкурсе новой драматургии. Режиссёр выбрал минималистичную "
                "сценографию: кухонный стол, несколько стульев и окно, меняющее цвет в зависимости "
                "от времени года.",
                "Պիեսը գրել է տեղացի երիտասարդ դրամատուրգը, և անցյալ տարի այն հաղթել է նոր "
                "դրամատուրգիայի ազգային մրցույթում։ Ռեժիսորն ընտրել է մինիմալիստական "
                "բեմանկարչություն՝ խոհանոցային սեղան, մի քանի աթոռ և պատուհան, որի գույնը փոխվում է "
                "տարվա եղանակներին համապատասխան։",
            ),
            _t(
                "The humour comes from everyday situations that many viewers recognise: arguments "
                "over the TV remote, the grandmother's strict rules and the teenager's endless phone "
                "calls. Behind the jokes, however, lies a gentle story about learning to listen to "
                "one another.",
                "Юмор строится на узнаваемых бытовых ситуациях: спорах из-за пульта от телевизора, "
                "строгих правилах бабушки и бесконечных телефонных разговорах подростка. Но за "
                "шутками скрывается трогательная история о том, как важно слышать друг друга.",
                "Հումորը կառուցված է շատ հանդիսատեսների ծանոթ կենցաղային իրավիճակների վրա՝ "
                "հեռուստացույցի հեռակառավարման վահանակի շուրջ վեճեր, տատիկի խիստ կանոններ և "
                "դեռահասի անվերջ հեռախոսազանգեր։ Սակայն կատակների հետևում թաքնված է հուզիչ "
                "պատմություն միմյանց լսելու կարևորության մասին։",
            ),
            _t(
                "The grandmother is played by one of the theatre's most respected actresses, who "
                "returned to the stage after a two-year break. Critics also singled out a recent "
                "drama school graduate as the teenage grandson.",
                "Роль бабушки исполняет одна из самых уважаемых актрис театра, вернувшаяся на сцену "
                "после двухлетнего перерыва. Критики также отметили работу недавнего выпускника "
                "театрального вуза в роли внука-подростка.",
                "Տատիկի դերը կատարում է թատրոնի ամենահարգված դերասանուհիներից մեկը, ով երկու տարվա "
                "ընդմիջումից հետո վերադարձել է բեմ։ Քննադատներն առանձնացրին նաև թատերական բուհի "
                "վերջերս ավարտած շրջանավարտի խաղը՝ դեռահաս թոռան դերում։",
            ),
            _t(
                "Tickets for the first month of performances sold out within days, and the theatre in "
                "the city of {city} has added extra Sunday matinees. English surtitles are provided "
                "for foreign visitors.",
                "Билеты на первый месяц показов разошлись за несколько дней, и театр в городе {city} "
                "добавил дополнительные дневные спектакли по воскресеньям. Для иностранных зрителей "
                "предусмотрены субтитры на английском языке.",
                "Ներկայացումների առաջին ամսվա տոմսերը սպառվեցին մի քանի օրում, և {city} քաղաքի "
                "թատրոնը կիրակի օրերին ավելացրեց ցերեկային լրացուցիչ ներկայացումներ։ Օտարերկրյա "
                "հանդիսատեսի համար նախատեսված են անգլերեն ենթագրեր։",
            ),
            _t(
                "The season's programme also includes a classic tragedy, a musical for children and a "
                "series of readings of new plays. The theatre plans to take the comedy on tour to "
                "other cities in {year}.",
                "В программе сезона также классическая трагедия, детский мюзикл и цикл читок новых "
                "пьес. В {year} году театр планирует показать комедию на гастролях в других городах.",
                "Թատերաշրջանի ծրագրում են նաև դասական ողբերգություն, մանկական մյուզիքլ և նոր "
                "պիեսների ընթերցումների շարք։ {year} թվականին թատրոնը նախատեսում է կատակերգությունը "
                "ցուցադրել հյուրախաղերի ժամանակ այլ քաղաքներում։",
            ),
        ],
        "subheading": _t(
            "Laughter with a warm message",
            "Смех с тёплым посылом",
            "Ծիծաղ՝ ջերմ ուղերձով",
        ),
        "quote": {
            "text": _t(
                "We wanted the audience to laugh at themselves and then call their grandparents on "
                "the way home.",
                "Нам хотелось, чтобы зрители посмеялись над собой, а по дороге домой позвонили "
                "бабушкам и дедушкам.",
                "Մենք ուզում էինք, որ հանդիսատեսը ծիծաղի ինքն իր վրա, իսկ տուն վերադառնալիս "
                "զանգահարի տատիկներին ու պապիկներին։",
            ),
            "attribution": _t(
                "Javid Rzayev, director of the production",
                "Джавид Рзаев, режиссёр спектакля",
                "Ջավիդ Ռզաև, ներկայացման ռեժիսոր",
            ),
        },
        "facts_title": _t("About the production", "О спектакле", "Ներկայացման մասին"),
        "facts": [
            _t(
                "Running time: two hours with an interval",
                "Продолжительность: два часа с антрактом",
                "Տևողությունը՝ երկու ժամ՝ ընդմիջումով",
            ),
            _t(
                "English surtitles available",
                "Есть субтитры на английском",
                "Առկա են անգլերեն ենթագրեր",
            ),
            _t(
                "Tour planned for {year}",
                "Гастроли запланированы на {year} год",
                "Հյուրախաղերը նախատեսված են {year} թվականին",
            ),
        ],
        "tags": [12, 7],
        "source": None,
    },
    {
        "headline": _t(
            "Open-air jazz festival returns to {city} with an international line-up",
            "В город {city} вернулся джазовый фестиваль под открытым небом",
            "{city} քաղաքում կրկին անցկացվում է բացօթյա ջազային փառատոն՝ միջազգային կազմով",
        ),
        "lead": _t(
            "For four evenings, parks and courtyards of the old town will host concerts of jazz, "
            "fusion and folk-inspired music.",
            "Четыре вечера подряд в парках и дворах старого города будут звучать джаз, фьюжн и "
            "музыка с народными мотивами.",
            "Չորս երեկո շարունակ հին քաղաքի այգիներում և բակերում կհնչեն ջազ, ֆյուժն և "
            "ժողովրդական մոտիվներով երաժշտություն։",
        ),
        "paragraphs": [
            _t(
                "The festival opened with a concert by a local quartet that combines jazz "
                "improvisation with traditional modal music. The audience, seated on cushions and "
                "folding chairs, called the musicians back for two encores.",
                "Фестиваль открылся концертом местного квартета, сочетающего джазовую импровизацию с "
                "традиционной ладовой музыкой. Зрители, расположившиеся на подушках и раскладных "
                "стульях, дважды вызывали музыкантов на бис.",
                "Փառատոնը բացվեց տեղական քառյակի համերգով, որը համադրում է ջազային "
                "իմպրովիզացիան ավանդական լադային երաժշտության հետ։ Բարձերի և ծալովի աթոռների վրա "
                "տեղավորված հանդիսատեսը երկու անգամ երաժիշտներին կրկին բեմ կանչեց։",
            ),
            _t(
                "Guest performers include a pianist from Central Europe, a vocal ensemble from the "
                "Mediterranean and a young saxophonist who recently won an international competition. "
                "Most concerts are free, and tickets are needed only for a few evening shows.",
                "Среди гостей — пианист из Центральной Европы, вокальный ансамбль из Средиземноморья "
                "и молодой саксофонист, недавно победивший на международном конкурсе. Большинство "
                "концертов бесплатные, билеты нужны лишь на несколько вечерних выступлений.",
                "Հյուրերի թվում են Կենտրոնական Եվրոպայից ժամանած դաշնակահարը, Միջերկրածովյան "
                "տարածաշրջանի վոկալ անսամբլը և վերջերս միջազգային մրցույթում հաղթած երիտասարդ "
                "սաքսոֆոնահարը։ Համերգների մեծ մասն անվճար է, տոմսեր անհրաժեշտ են միայն երեկոյան մի "
                "քանի ելույթների համար։",
            ),
            _t(
                "During the day, masterclasses are held for music school students, who can then play "
                "alongside the guest artists at jam sessions. Teachers say such contact with "
                "professionals is invaluable for young musicians.",
                "Днём для учащихся музыкальных школ проходят мастер-классы, а на джем-сейшнах они "
                "могут играть вместе с приглашёнными артистами. Педагоги говорят, что такое общение с "
                "профессионалами бесценно для юных музыкантов.",
                "Ցերեկը երաժշտական դպրոցների սաների համար անցկացվում են վարպետության դասեր, իսկ "
                "ջեմ-սեշններին նրանք կարող են նվագել հրավիրված արտիստների հետ։ Մանկավարժներն ասում "
                "են, որ մասնագետների հետ նման շփումն անգնահատելի է երիտասարդ երաժիշտների համար։",
            ),
            _t(
                "Cafés and shops near the venues in the city of {city} report a noticeable increase "
                "in evening customers. The municipality has extended public transport hours until "
                "midnight for the duration of the festival.",
                "Кафе и магазины рядом с площадками в городе {city} отмечают заметный рост числа "
                "вечерних посетителей. На время фестиваля муниципалитет продлил работу общественного "
                "транспорта до полуночи.",
                "{city} քաղաքում փառատոնային հարթակների մոտակա սրճարաններն ու խանութները նշում են "
                "երեկոյան այցելուների թվի նկատելի աճ։ Փառատոնի օրերին համայնքապետարանը հասարակական "
                "տրանսպորտի աշխատանքը երկարացրել է մինչև կեսգիշեր։",
            ),
            _t(
                "The closing concert will feature all the guest musicians performing together. The "
                "organisers are already in talks with artists for the {year} edition.",
                "На заключительном концерте выступят все приглашённые музыканты вместе. Организаторы "
                "уже ведут переговоры с артистами о фестивале {year} года.",
                "Եզրափակիչ համերգում բոլոր հրավիրված երաժիշտները հանդես կգան միասին։ "
                "Կազմակերպիչներն արդեն բանակցում են արտիստների հետ {year} թվականի փառատոնի շուրջ։",
            ),
        ],
        "subheading": _t(
            "Masterclasses for young musicians",
            "Мастер-классы для юных музыкантов",
            "Վարպետության դասեր երիտասարդ երաժիշտների համար",
        ),
        "quote": {
            "text": _t(
                "Jazz and our traditional music share the same soul: both are born in the moment of "
                "improvisation.",
                "У джаза и нашей традиционной музыки одна душа: и то и другое рождается в момент "
                "импровизации.",
                "Ջազը և մեր ավանդական երաժշտությունը նույն հոգին ունեն։ Երկուսն էլ ծնվում են "
                "իմպրովիզացիայի պահին։",
            ),
            "attribution": _t(
                "Farida Huseynova, artistic director of the festival",
                "Фарида Гусейнова, художественный руководитель фестиваля",
                "Ֆարիդա Հուսեյնովա, փառատոնի գեղարվեստական ղեկավար",
            ),
        },
        "facts_title": _t("Festival facts", "О фестивале", "Փառատոնի մասին"),
        "facts": [
            _t(
                "Duration: four evenings",
                "Продолжительность: четыре вечера",
                "Տևողությունը՝ չորս երեկո",
            ),
            _t(
                "Performing musicians: {number}",
                "Число выступающих музыкантов: {number}",
                "Ելույթ ունեցող երաժիշտներ՝ {number}",
            ),
            _t(
                "Most concerts: free admission",
                "Большинство концертов — бесплатные",
                "Համերգների մեծ մասը՝ անվճար",
            ),
        ],
        "tags": [13, 7],
        "source": _t(
            "Festival press centre", "Пресс-центр фестиваля", "Փառատոնի մամուլի կենտրոն"
        ),
    },
    {
        "headline": _t(
            "History museum in {city} unveils an exhibition of recent archaeological finds",
            "Исторический музей в городе {city} представил выставку новых археологических находок",
            "{city} քաղաքի պատմության թանգարանը ներկայացրել է վերջին հնագիտական գտածոների ցուցահանդես",
        ),
        "lead": _t(
            "Visitors can see {number} objects, including ceramics, jewellery and coins found during "
            "excavations along an ancient trade route.",
            "Посетители увидят керамику, украшения и монеты, найденные при раскопках на древнем "
            "торговом пути; число экспонатов — {number}.",
            "Այցելուները կտեսնեն {number} նմուշ, այդ թվում՝ խեցեղեն, զարդեր և մետաղադրամներ, որոնք "
            "հայտնաբերվել են հնագույն առևտրական ճանապարհի երկայնքով կատարված պեղումների ժամանակ։",
        ),
        "paragraphs": [
            _t(
                "The exhibition is the result of several seasons of fieldwork by a joint team of "
                "archaeologists and students. Many of the objects are on public display for the first "
                "time after careful restoration.",
                "Выставка стала итогом нескольких полевых сезонов совместной группы археологов и "
                "студентов. Многие предметы впервые показывают публике после тщательной реставрации.",
                "Ցուցահանդեսը հնագետների և ուսանողների համատեղ խմբի մի քանի դաշտային սեզոնների "
                "արդյունք է։ Բազմաթիվ առարկաներ մանրակրկիտ վերականգնումից հետո առաջին անգամ են "
                "ցուցադրվում հանրությանը։",
            ),
            _t(
                "Highlights include a glazed bowl decorated with birds and plant motifs and a set of "
                "bronze weights once used by merchants. Interactive screens explain how goods "
                "travelled between distant cities centuries ago.",
                "Среди самых интересных экспонатов — глазурованная чаша с изображениями птиц и "
                "растительным орнаментом, а также набор бронзовых гирь, которыми пользовались купцы. "
                "Интерактивные экраны рассказывают, как много веков назад товары перемещались между "
                "далёкими городами.",
                "Ամենահետաքրքիր ցուցանմուշների թվում են թռչունների պատկերներով և բուսական "
                "զարդանախշերով ջնարակված թասը, ինչպես նաև վաճառականների օգտագործած բրոնզե "
                "կշռաքարերի հավաքածուն։ Ինտերակտիվ էկրանները պատմում են, թե ինչպես էին դարեր առաջ "
                "ապրանքները տեղափոխվում հեռավոր քաղաքների միջև։",
            ),
            _t(
                "Curators have designed a special route for families, with tasks for children and a "
                "small workshop where visitors can try to piece together a replica of a broken "
                "vessel. Audio guides are available in three languages.",
                "Кураторы разработали специальный маршрут для семей с заданиями для детей и небольшой "
                "мастерской, где можно попробовать собрать копию разбитого сосуда. Аудиогиды доступны "
                "на трёх языках.",
                "Համադրողները մշակել են հատուկ երթուղի ընտանիքների համար՝ երեխաների համար "
                "առաջադրանքներով և փոքր արհեստանոցով, որտեղ կարելի է փորձել հավաքել կոտրված անոթի "
                "կրկնօրինակը։ Աուդիոգիդերը հասանելի են երեք լեզվով։",
            ),
            _t(
                "The museum in the city of {city} has also opened a restored reading room where "
                "researchers can consult excavation reports and archive photographs. School groups "
                "can book free guided tours on weekdays.",
                "Музей в городе {city} также открыл отреставрированный читальный зал, где "
                "исследователи могут работать с отчётами о раскопках и архивными фотографиями. "
                "Школьные группы могут бесплатно заказать экскурсию в будние дни.",
                "{city} քաղաքի թանգարանը բացել է նաև վերանորոգված ընթերցասրահ, որտեղ "
                "հետազոտողները կարող են աշխատել պեղումների հաշվետվությունների և արխիվային "
                "լուսանկարների հետ։ Դպրոցական խմբերը աշխատանքային օրերին կարող են անվճար էքսկուրսիա "
                "պատվիրել։",
            ),
            _t(
                "The exhibition runs until the end of the year, after which some objects will travel "
                "to partner museums abroad. Excavations at the site will resume in {year}.",
                "Выставка продлится до конца года, после чего часть предметов отправится в "
                "музеи-партнёры за рубежом. Раскопки на памятнике возобновятся в {year} году.",
                "Ցուցահանդեսը կգործի մինչև տարեվերջ, որից հետո ցուցանմուշների մի մասը կմեկնի "
                "արտասահմանյան գործընկեր թանգարաններ։ Հուշարձանում պեղումները կվերսկսվեն {year} "
                "թվականին։",
            ),
        ],
        "subheading": _t(
            "A route for the whole family",
            "Маршрут для всей семьи",
            "Երթուղի ողջ ընտանիքի համար",
        ),
        "quote": {
            "text": _t(
                "Each of these objects passed through hundreds of hands before reaching ours, and "
                "each one tells a story of trade and friendship.",
                "Каждый из этих предметов прошёл через сотни рук, прежде чем попасть к нам, и каждый "
                "рассказывает историю торговли и дружбы.",
                "Այս առարկաներից յուրաքանչյուրը հարյուրավոր ձեռքերով է անցել, մինչև հասել է մեզ, և "
                "յուրաքանչյուրը պատմում է առևտրի և բարեկամության մասին։",
            ),
            "attribution": _t(
                "Elmira Sultanova, chief curator of the museum",
                "Эльмира Султанова, главный хранитель музея",
                "Էլմիրա Սուլթանովա, թանգարանի գլխավոր ֆոնդապահ",
            ),
        },
        "facts_title": _t(
            "Exhibition guide", "Путеводитель по выставке", "Ցուցահանդեսի ուղեցույց"
        ),
        "facts": [
            _t(
                "Objects on display: {number}",
                "Число экспонатов: {number}",
                "Ցուցանմուշներ՝ {number}",
            ),
            _t(
                "Audio guides in three languages",
                "Аудиогиды на трёх языках",
                "Աուդիոգիդեր երեք լեզվով",
            ),
            _t(
                "Excavations resume: {year}",
                "Возобновление раскопок: {year} год",
                "Պեղումների վերսկսում՝ {year} թվական",
            ),
        ],
        "tags": [23, 21, 7],
        "source": _t(
            "Museum press office",
            "Пресс-служба музея",
            "Թանգարանի մամուլի ծառայություն",
        ),
    },
    {
        "headline": _t(
            "Short film festival in {city} awards its main prize to a debut documentary",
            "Фестиваль короткометражного кино в городе {city} вручил главный приз дебютной документальной ленте",
            "{city} քաղաքի կարճամետրաժ ֆիլմերի փառատոնը գլխավոր մրցանակը շնորհել է դեբյուտային վավերագրական ֆիլմին",
        ),
        "lead": _t(
            "The jury chose the winner from {number} films submitted by directors from across the "
            "region.",
            "Жюри выбирало победителя среди работ режиссёров со всего региона; число фильмов в "
            "конкурсе — {number}.",
            "Ժյուրին հաղթողին ընտրել է տարածաշրջանի ռեժիսորների ներկայացրած {number} ֆիլմից։",
        ),
        "paragraphs": [
            _t(
                "The winning film follows an elderly beekeeper who moves his hives up the mountain "
                "every summer. Shot over a full year, it has almost no dialogue and relies on the "
                "sounds of nature and the rhythm of work.",
                "Фильм-победитель рассказывает о пожилом пчеловоде, который каждое лето перевозит "
                "ульи высоко в горы. Снятая в течение целого года лента почти лишена диалогов и "
                "держится на звуках природы и ритме работы.",
                "Հաղթող ֆիլմը պատմում է տարեց մեղվաբույծի մասին, ով ամեն ամառ իր փեթակները "
                "տեղափոխում է լեռներ։ Մեկ ամբողջ տարվա ընթացքում նկարահանված ֆիլմում "
                "երկխոսություններ գրեթե չկան, և այն հենվում է բնության ձայների ու աշխատանքի ռիթմի վրա։",
            ),
            _t(
                "The jury praised the director's patience and the careful camera work. Accepting the "
                "award, the 27-year-old filmmaker thanked the beekeeper's family for letting her crew "
                "stay with them for weeks.",
                "Жюри отметило терпение режиссёра и бережную операторскую работу. Принимая награду, "
                "27-летний автор фильма поблагодарила семью пчеловода за то, что съёмочная группа "
                "неделями жила у них.",
                "Ժյուրին նշեց ռեժիսորի համբերատարությունը և խնամքով կատարված օպերատորական "
                "աշխատանքը։ Մրցանակն ստանալիս 27-ամյա ռեժիսորը շնորհակալություն հայտնեց "
                "մեղվաբույծի ընտանիքին՝ նկարահանող խմբին շաբաթներով իրենց տանը հյուրընկալելու համար։",
            ),
            _t(
                "Prizes also went to an animated short about a girl who collects lost buttons and to "
                "a fiction film about two brothers who run a roadside café. The audience award was "
                "decided by votes cast in a mobile app.",
                "Награды также получили анимационная короткометражка о девочке, которая собирает "
                "потерянные пуговицы, и игровой фильм о двух братьях, держащих придорожное кафе. Приз "
                "зрительских симпатий определило голосование в мобильном приложении.",
                "Մրցանակներ ստացան նաև կորած կոճակներ հավաքող աղջկա մասին անիմացիոն կարճամետրաժ "
                "ֆիլմը և ճամփեզրի սրճարան պահող երկու եղբայրների մասին գեղարվեստական ֆիլմը։ "
                "Հանդիսատեսի համակրանքի մրցանակը որոշվեց բջջային հավելվածի միջոցով քվեարկությամբ։",
            ),
            _t(
                "Screenings in the city of {city} took place in a restored old cinema and at an "
                "open-air venue in a park. Many screenings were followed by discussions with the "
                "directors that went on late into the night.",
                "Показы в городе {city} проходили в отреставрированном старом кинотеатре и на открытой "
                "площадке в парке. После многих сеансов начинались обсуждения с режиссёрами, "
                "затягивавшиеся до поздней ночи.",
                "{city} քաղաքում ցուցադրություններն անցկացվում էին վերանորոգված հին կինոթատրոնում "
                "և այգու բացօթյա հարթակում։ Շատ դիտումներից հետո սկսվում էին քննարկումներ "
                "ռեժիսորների հետ, որոնք ձգվում էին մինչև ուշ գիշեր։",
            ),
            _t(
                "The winning documentary will be shown on national television and submitted to "
                "several international festivals. Entries for the {year} competition will open in "
                "the spring.",
                "Фильм-победитель покажут на национальном телевидении и направят на несколько "
                "международных фестивалей. Приём заявок на конкурс {year} года откроется весной.",
                "Հաղթող վավերագրական ֆիլմը կցուցադրվի ազգային հեռուստատեսությամբ և կներկայացվի մի "
                "շարք միջազգային փառատոների։ {year} թվականի մրցույթի հայտերի ընդունումը կմեկնարկի "
                "գարնանը։",
            ),
        ],
        "subheading": _t(
            "A year with the bees", "Год с пчёлами", "Մեկ տարի մեղուների հետ"
        ),
        "quote": {
            "text": _t(
                "I did not want to explain anything to the viewer. I wanted them to breathe the "
                "mountain air with us.",
                "Я не хотела ничего объяснять зрителю — хотела, чтобы он дышал горным воздухом вместе "
                "с нами.",
                "Ես չէի ուզում որևէ բան բացատրել հանդիսատեսին։ Ուզում էի, որ նա մեզ հետ շնչի "
                "լեռնային օդը։",
            ),
            "attribution": _t(
                "Lala Ahmadova, director of the winning film",
                "Лала Ахмедова, режиссёр фильма-победителя",
                "Լալա Ահմեդովա, հաղթող ֆիլմի ռեժիսոր",
            ),
        },
        "facts_title": _t(
            "Festival results", "Итоги фестиваля", "Փառատոնի արդյունքները"
        ),
        "facts": [
            _t(
                "Films in competition: {number}",
                "Число фильмов в конкурсе: {number}",
                "Մրցութային ֆիլմեր՝ {number}",
            ),
            _t(
                "Main prize: a documentary about a beekeeper",
                "Главный приз: документальный фильм о пчеловоде",
                "Գլխավոր մրցանակ՝ վավերագրական ֆիլմ մեղվաբույծի մասին",
            ),
            _t(
                "Next call for entries: spring {year}",
                "Следующий приём заявок: весна {year} года",
                "Հայտերի հաջորդ ընդունումը՝ {year} թվականի գարուն",
            ),
        ],
        "tags": [14, 9],
        "source": None,
    },
    {
        "headline": _t(
            "Restored nineteenth-century trading house in {city} reopens as an arts centre",
            "В городе {city} отреставрированный торговый дом XIX века открылся как арт-центр",
            "{city} քաղաքում վերականգնված 19-րդ դարի առևտրական տունը վերաբացվել է որպես արվեստի կենտրոն",
        ),
        "lead": _t(
            "Restoring the carved facade and painted wooden ceilings took three years, and the "
            "building now houses galleries, workshops and a café.",
            "Реставрация резного фасада и расписных деревянных потолков заняла три года; теперь в "
            "здании разместились галереи, мастерские и кафе.",
            "Փորագրված ճակատի և նկարազարդ փայտե առաստաղների վերականգնումը տևել է երեք տարի, և "
            "այժմ շենքում տեղակայված են պատկերասրահներ, արհեստանոցներ և սրճարան։",
        ),
        "paragraphs": [
            _t(
                "The building was put up by a merchant family and later served as a warehouse and an "
                "office before standing empty for a time. Restorers removed layers of paint to "
                "reveal the original colours of the ceilings and replaced damaged stone blocks with "
                "matching material.",
                "Здание построила купеческая семья; позже в нём размещались склад и контора, а "
                "какое-то время оно пустовало. Реставраторы сняли слои краски, открыв первоначальные "
                "цвета потолков, и заменили повреждённые каменные блоки подходящим материалом.",
                "Շենքը կառուցել է վաճառականների մի ընտանիք, հետագայում այնտեղ գործել են պահեստ և "
                "գրասենյակ, իսկ որոշ ժամանակ այն դատարկ է մնացել։ Վերականգնողները հեռացրել են ներկի "
                "շերտերը՝ բացահայտելով առաստաղների սկզբնական գույները, և վնասված քարե բլոկները "
                "փոխարինել համապատասխան նյութով։",
            ),
            _t(
                "The ground floor now holds an exhibition hall and workshops for ceramics, textile "
                "printing and woodcarving. Upstairs there is a small concert room whose excellent "
                "acoustics come from the original wooden panelling.",
                "На первом этаже теперь выставочный зал и мастерские керамики, набойки по ткани и "
                "резьбы по дереву. На втором этаже находится небольшой концертный зал с прекрасной "
                "акустикой, которую обеспечивают сохранившиеся деревянные панели.",
                "Առաջին հարկում այժմ ցուցասրահ է և խեցեգործության, կտորի վրա տպագրության ու "
                "փայտափորագրության արհեստանոցներ։ Երկրորդ հարկում գտնվում է փոքր համերգասրահ՝ "
                "հիանալի ակուստիկայով, որն ապահովում են պահպանված փայտե պանելները։",
            ),
            _t(
                "The opening exhibition shows work by young artists inspired by the history of the "
                "building and the trade routes that once passed through the city of {city}. In the "
                "courtyard, artists and local schoolchildren have painted a mural together.",
                "Первая выставка представляет работы молодых художников, вдохновлённых историей "
                "здания и торговыми путями, которые когда-то проходили через город {city}. Во дворе "
                "художники вместе с местными школьниками расписали стену.",
                "Առաջին ցուցահանդեսում ներկայացված են երիտասարդ նկարիչների աշխատանքներ, որոնք "
                "ոգեշնչված են շենքի պատմությամբ և այն առևտրական ճանապարհներով, որոնք ժամանակին "
                "անցնում էին {city} քաղաքով։ Բակում նկարիչները տեղացի դպրոցականների հետ միասին "
                "որմնանկար են ստեղծել։",
            ),
            _t(
                "Admission to the exhibitions is free on the first Sunday of every month. Workshops "
                "charge a modest fee, with discounts for students and pensioners.",
                "В первое воскресенье каждого месяца вход на выставки бесплатный. Занятия в "
                "мастерских платные, но недорогие, для студентов и пенсионеров предусмотрены скидки.",
                "Յուրաքանչյուր ամսվա առաջին կիրակի ցուցահանդեսների մուտքն անվճար է։ "
                "Արհեստանոցներում պարապմունքները վճարովի են, բայց մատչելի, իսկ ուսանողների և "
                "թոշակառուների համար նախատեսված են զեղչեր։",
            ),
            _t(
                "Heritage specialists say the project could serve as a model for other historic "
                "buildings awaiting restoration. The city plans to restore two more old houses on the "
                "same street by {year}.",
                "Специалисты по охране наследия считают, что проект может стать образцом для других "
                "исторических зданий, ожидающих реставрации. К {year} году город планирует "
                "восстановить ещё два старых дома на той же улице.",
                "Ժառանգության պահպանության մասնագետները կարծում են, որ նախագիծը կարող է օրինակ "
                "դառնալ վերականգնման սպասող այլ պատմական շենքերի համար։ Մինչև {year} թվականը "
                "քաղաքը նախատեսում է վերականգնել ևս երկու հին տուն նույն փողոցում։",
            ),
        ],
        "subheading": _t(
            "Workshops under painted ceilings",
            "Мастерские под расписными потолками",
            "Արհեստանոցներ նկարազարդ առաստաղների ներքո",
        ),
        "quote": {
            "text": _t(
                "We tried to change as little as possible, because the building itself is the main "
                "exhibit.",
                "Мы старались менять как можно меньше: главный экспонат здесь — само здание.",
                "Մենք փորձել ենք հնարավորինս քիչ բան փոխել, քանի որ այստեղ գլխավոր ցուցանմուշը "
                "հենց շենքն է։",
            ),
            "attribution": _t(
                "Teymur Aslanov, restoration architect",
                "Теймур Асланов, архитектор-реставратор",
                "Թեյմուր Ասլանով, ճարտարապետ-վերականգնող",
            ),
        },
        "facts_title": _t("About the building", "О здании", "Շենքի մասին"),
        "facts": [
            _t(
                "Restoration period: three years",
                "Срок реставрации: три года",
                "Վերականգնման տևողությունը՝ երեք տարի",
            ),
            _t(
                "Workshops: ceramics, textile printing, woodcarving",
                "Мастерские: керамика, набойка, резьба по дереву",
                "Արհեստանոցներ՝ խեցեգործություն, կտորի տպագրություն, փայտափորագրություն",
            ),
            _t(
                "Two more houses to be restored by {year}",
                "Ещё два дома восстановят к {year} году",
                "Եվս երկու տուն կվերականգնվի մինչև {year} թվականը",
            ),
        ],
        "tags": [23, 19, 7],
        "source": _t(
            "Ministry of Culture", "Министерство культуры", "Մշակույթի նախարարություն"
        ),
    },
]
