"""Politics: the section's stories, long reads first."""

from typing import Any

from .text import t

STORIES: list[dict[str, Any]] = [
    {
        "headline": t(
            "Parliamentary committee backs bill on digital public services",
            "Комитет парламента одобрил законопроект о цифровых госуслугах",
            "Խորհրդարանի հանձնաժողովը հավանություն է տվել թվային պետական "
            "ծառայությունների մասին օրինագծին",
        ),
        "lead": t(
            "Lawmakers say the reform will allow residents to request 48 types of "
            "documents without visiting an office.",
            "По словам депутатов, после реформы 48 видов документов можно будет "
            "оформить без визита в ведомство.",
            "Պատգամավորների խոսքով՝ բարեփոխումը բնակիչներին թույլ կտա 48 տեսակի "
            "փաստաթուղթ ձևակերպել առանց գրասենյակ այցելելու։",
        ),
        "paragraphs": [
            t(
                "The parliamentary committee on legal policy and state building "
                "approved the draft law at its session on Tuesday, sending it to "
                "the plenary for a first reading. The document was prepared "
                "jointly with the ministry responsible for digital development and "
                "was discussed with regional administrations over several months.",
                "Комитет парламента по правовой политике и государственному "
                "строительству одобрил законопроект на заседании во вторник и "
                "направил его на пленарное рассмотрение в первом чтении. Документ "
                "готовился совместно с профильным министерством цифрового развития "
                "и несколько месяцев обсуждался с региональными администрациями.",
                "Խորհրդարանի իրավական քաղաքականության և պետական շինարարության "
                "հանձնաժողովը երեքշաբթի օրվա նիստում հավանություն տվեց օրինագծին և "
                "այն ուղարկեց լիագումար նիստ՝ առաջին ընթերցմամբ քննարկելու։ "
                "Փաստաթուղթը մշակվել է թվային զարգացման հարցերով պատասխանատու "
                "նախարարության հետ համատեղ և մի քանի ամիս քննարկվել է տարածքային "
                "վարչակազմերի հետ։",
            ),
            t(
                "Under the bill, applications for certificates, permits and "
                "registrations will be accepted through a single online portal. "
                "Paper forms will remain available for those who prefer them, but "
                "electronic requests are expected to be processed faster.",
                "Согласно законопроекту, заявления на справки, разрешения и "
                "регистрацию будут приниматься через единый онлайн-портал. "
                "Бумажные формы сохранятся для тех, кому они удобнее, однако "
                "электронные обращения, как ожидается, будут рассматриваться "
                "быстрее.",
                "Օրինագծի համաձայն՝ տեղեկանքների, թույլտվությունների և գրանցման "
                "դիմումները կընդունվեն միասնական առցանց հարթակի միջոցով։ Թղթային "
                "ձևաթղթերը կպահպանվեն նրանց համար, ովքեր դրանք նախընտրում են, "
                "սակայն էլեկտրոնային դիմումները, ինչպես ակնկալվում է, ավելի արագ "
                "կքննարկվեն։",
            ),
            t(
                "A pilot version of the system has already been tested in {city}, "
                "where officials report that queues at service centres have become "
                "noticeably shorter. Committee members asked the government to "
                "publish regular statistics on how the portal is used.",
                "Пилотная версия системы уже прошла испытания в {city_loc}: по "
                "данным чиновников, очереди в центрах обслуживания там заметно "
                "сократились. Члены комитета попросили правительство регулярно "
                "публиковать статистику использования портала.",
                "Համակարգի փորձնական տարբերակն արդեն փորձարկվել է {city_loc}, "
                "որտեղ, պաշտոնյաների տվյալներով, սպասարկման կենտրոններում հերթերը "
                "զգալիորեն կրճատվել են։ Հանձնաժողովի անդամները կառավարությանը "
                "խնդրեցին պարբերաբար հրապարակել հարթակի օգտագործման "
                "վիճակագրությունը։",
            ),
            t(
                "Opposition deputies supported the general idea but raised "
                "concerns about data protection and access for older citizens in "
                "rural areas. The authors of the bill promised to add provisions "
                "on the storage of personal data before the second reading.",
                "Оппозиционные депутаты поддержали общую идею, но выразили "
                "обеспокоенность защитой данных и доступностью услуг для пожилых "
                "жителей сельской местности. Авторы законопроекта пообещали "
                "дополнить его нормами о хранении персональных данных ко второму "
                "чтению.",
                "Ընդդիմադիր պատգամավորները պաշտպանեցին ընդհանուր գաղափարը, սակայն "
                "մտահոգություն հայտնեցին տվյալների պաշտպանության և գյուղական "
                "բնակավայրերի տարեց բնակիչների համար ծառայությունների "
                "հասանելիության վերաբերյալ։ Օրինագծի հեղինակները խոստացան մինչև "
                "երկրորդ ընթերցումը լրացնել այն անձնական տվյալների պահպանման "
                "դրույթներով։",
            ),
            t(
                "If adopted, the law will enter into force in stages, starting in "
                "{year}. Training sessions for civil servants and public "
                "information campaigns are planned in every district.",
                "В случае принятия закон будет вступать в силу поэтапно, начиная с "
                "{year} года. Во всех районах планируются обучение госслужащих и "
                "информационные кампании для населения.",
                "Ընդունվելու դեպքում օրենքը փուլերով կուժի մեջ մտնի՝ սկսած {year} "
                "թվականից։ Բոլոր շրջաններում նախատեսվում են պետական ծառայողների "
                "վերապատրաստումներ և բնակչության իրազեկման արշավներ։",
            ),
        ],
        "subheading": t(
            "Data protection in focus",
            "В центре внимания — защита данных",
            "Ուշադրության կենտրոնում՝ տվյալների պաշտպանությունը",
        ),
        "quote": {
            "text": t(
                "Our goal is simple: a citizen should spend minutes, not days, on "
                "routine paperwork.",
                "Наша цель проста: на рутинные бумажные процедуры гражданин должен "
                "тратить минуты, а не дни.",
                "Մեր նպատակը պարզ է։ Քաղաքացին սովորական թղթաբանության վրա պետք է "
                "ծախսի րոպեներ, ոչ թե օրեր։",
            ),
            "attribution": t(
                "Rauf Nasirov, deputy chair of the parliamentary committee on "
                "legal policy",
                "Рауф Насиров, заместитель председателя комитета парламента по "
                "правовой политике",
                "Ռաուֆ Նասիրով, խորհրդարանի իրավական քաղաքականության հանձնաժողովի "
                "նախագահի տեղակալ",
            ),
        },
        "facts_title": t(
            "Key provisions",
            "Основные положения",
            "Հիմնական դրույթներ",
        ),
        "facts": [
            t(
                "Types of services covered: 48",
                "Видов услуг: 48",
                "Ծառայությունների տեսակներ՝ 48",
            ),
            t(
                "Entry into force: in stages from {year}",
                "Вступление в силу: поэтапно с {year} года",
                "Ուժի մեջ մտնելը՝ փուլերով, {year} թվականից",
            ),
            t(
                "Paper applications remain available",
                "Бумажные заявления сохраняются",
                "Թղթային դիմումները պահպանվում են",
            ),
        ],
        "tags": [8, 21],
    },
    {
        "headline": t(
            "Election commission registers candidates for municipal vote in {city}",
            "В {city_loc} завершилась регистрация кандидатов на муниципальных выборах",
            "{city_loc} ավարտվել է տեղական ընտրությունների թեկնածուների գրանցումը",
        ),
        "lead": t(
            "The number of registered candidates reached 212, with women making up "
            "nearly a third of the list.",
            "Избирком зарегистрировал 212 кандидатов, почти треть из них — женщины.",
            "Գրանցված թեկնածուների թիվը կազմել է 212, որոնց գրեթե մեկ երրորդը "
            "կանայք են։",
        ),
        "paragraphs": [
            t(
                "The district election commission closed the registration period "
                "on Friday evening after reviewing the documents of all nominees. "
                "Candidates were put forward by political parties and civic "
                "initiative groups, while some nominated themselves.",
                "Окружная избирательная комиссия завершила регистрацию в пятницу "
                "вечером, проверив документы всех выдвиженцев. Кандидатов "
                "выдвинули политические партии и инициативные группы граждан, "
                "часть претендентов выдвинулась самостоятельно.",
                "Ընտրատարածքային ընտրական հանձնաժողովն ուրբաթ երեկոյան ավարտեց "
                "գրանցումը՝ ուսումնասիրելով բոլոր առաջադրվածների փաստաթղթերը։ "
                "Թեկնածուներին առաջադրել են քաղաքական կուսակցությունները և "
                "քաղաքացիական նախաձեռնող խմբերը, իսկ մի մասն առաջադրվել է "
                "ինքնաառաջադրմամբ։",
            ),
            t(
                "Several applications were returned for corrections because of "
                "incomplete signature lists, and most applicants resubmitted them "
                "before the deadline. Commission members said the process had gone "
                "more smoothly than during the previous campaign.",
                "Несколько заявлений были возвращены на доработку из-за неполных "
                "подписных листов, и большинство претендентов успели исправить их "
                "в срок. Члены комиссии отметили, что процесс прошёл спокойнее, "
                "чем в ходе предыдущей кампании.",
                "Մի քանի դիմում վերադարձվել է լրամշակման՝ ստորագրությունների թերի "
                "ցուցակների պատճառով, և դիմորդների մեծ մասը հասցրել է դրանք ուղղել "
                "սահմանված ժամկետում։ Հանձնաժողովի անդամները նշեցին, որ գործընթացն "
                "ավելի սահուն է անցել, քան նախորդ արշավի ժամանակ։",
            ),
            t(
                "The councils elected in the vote will be responsible for "
                "improving courtyards, maintaining local roads and supporting "
                "community events. Turnout at municipal elections has "
                "traditionally been lower than at national polls, so the "
                "commission plans an awareness campaign aimed at young voters.",
                "Избранные муниципалитеты будут отвечать за благоустройство "
                "дворов, содержание местных дорог и поддержку общественных "
                "мероприятий. Явка на муниципальных выборах традиционно ниже, чем "
                "на общенациональных, поэтому комиссия планирует информационную "
                "кампанию для молодых избирателей.",
                "Ընտրված համայնքային խորհուրդները պատասխանատու կլինեն բակերի "
                "բարեկարգման, տեղական ճանապարհների պահպանման և հասարակական "
                "միջոցառումներին աջակցելու համար։ Տեղական ընտրություններին "
                "մասնակցությունն ավանդաբար ավելի ցածր է, քան համապետական "
                "ընտրություններին, ուստի հանձնաժողովը նախատեսում է իրազեկման արշավ "
                "երիտասարդ ընտրողների համար։",
            ),
            t(
                "Campaigning officially begins next week and will last until the "
                "day before the vote. Candidates will receive free airtime on "
                "regional television, and debates are planned in community "
                "centres.",
                "Агитационный период официально начнётся на следующей неделе и "
                "продлится до дня, предшествующего голосованию. Кандидатам "
                "предоставят бесплатный эфир на региональном телевидении, а в "
                "домах культуры пройдут дебаты.",
                "Նախընտրական քարոզարշավը պաշտոնապես կմեկնարկի հաջորդ շաբաթ և կտևի "
                "մինչև քվեարկությանը նախորդող օրը։ Թեկնածուներին անվճար եթեր "
                "կտրամադրվի տարածաշրջանային հեռուստատեսությամբ, իսկ մշակույթի "
                "տներում կանցկացվեն բանավեճեր։",
            ),
            t(
                "Local and international observers have been invited to monitor "
                "the vote. Polling stations will be equipped with cameras, and "
                "preliminary results are expected within a day of the polls "
                "closing.",
                "Для наблюдения за голосованием приглашены местные и международные "
                "наблюдатели. Избирательные участки оснастят камерами, а "
                "предварительные итоги ожидаются в течение суток после закрытия "
                "участков.",
                "Քվեարկությանը հետևելու համար հրավիրվել են տեղական և միջազգային "
                "դիտորդներ։ Ընտրատեղամասերը կհագեցվեն տեսախցիկներով, իսկ նախնական "
                "արդյունքները սպասվում են տեղամասերի փակվելուց հետո մեկ օրվա "
                "ընթացքում։",
            ),
        ],
        "subheading": t(
            "Campaign starts next week",
            "Агитация стартует через неделю",
            "Քարոզարշավը կմեկնարկի հաջորդ շաբաթ",
        ),
        "quote": {
            "text": t(
                "We want every resident to know who is running and what they "
                "propose for their neighbourhood.",
                "Мы хотим, чтобы каждый житель знал, кто баллотируется и что "
                "предлагает для его квартала.",
                "Մենք ուզում ենք, որ յուրաքանչյուր բնակիչ իմանա, թե ով է "
                "առաջադրվում և ինչ է առաջարկում իր թաղամասի համար։",
            ),
            "attribution": t(
                "Samira Guliyeva, secretary of the district election commission",
                "Самира Кулиева, секретарь окружной избирательной комиссии",
                "Սամիրա Գուլիևա, ընտրատարածքային ընտրական հանձնաժողովի քարտուղար",
            ),
        },
        "facts_title": t(
            "The election at a glance",
            "Коротко о выборах",
            "Ընտրությունների մասին հակիրճ",
        ),
        "facts": [
            t(
                "Registered candidates: 212",
                "Зарегистрировано кандидатов: 212",
                "Գրանցված թեկնածուներ՝ 212",
            ),
            t(
                "Campaign period: four weeks",
                "Агитационный период: четыре недели",
                "Քարոզարշավի տևողությունը՝ չորս շաբաթ",
            ),
            t(
                "Observers: local and international",
                "Наблюдатели: местные и международные",
                "Դիտորդներ՝ տեղական և միջազգային",
            ),
        ],
        "tags": [2, 8],
        "source": t(
            "District election commission press service",
            "Пресс-служба окружной избирательной комиссии",
            "Ընտրատարածքային ընտրական հանձնաժողովի մամուլի ծառայություն",
        ),
    },
    {
        "headline": t(
            "Foreign ministers discuss regional connectivity at talks in {city}",
            "Главы МИД обсудили транспортную связанность региона на встрече в "
            "{city_loc}",
            "{city_loc} արտաքին գործերի նախարարները քննարկել են տարածաշրջանային "
            "կապակցվածությունը",
        ),
        "lead": t(
            "The delegations agreed to set up a joint working group on customs "
            "procedures and railway tariffs.",
            "Делегации договорились создать совместную рабочую группу по "
            "таможенным процедурам и железнодорожным тарифам.",
            "Պատվիրակությունները պայմանավորվել են ստեղծել մաքսային ընթացակարգերի և "
            "երկաթուղային սակագների հարցերով համատեղ աշխատանքային խումբ։",
        ),
        "paragraphs": [
            t(
                "The talks lasted more than five hours and included both a plenary "
                "session and bilateral meetings between delegations. According to "
                "participants, the atmosphere was constructive, and the sides "
                "focused on practical questions rather than declarations.",
                "Переговоры продлились более пяти часов и включали как пленарную "
                "сессию, так и двусторонние встречи делегаций. По словам "
                "участников, атмосфера была конструктивной, а стороны "
                "сосредоточились на практических вопросах, а не на декларациях.",
                "Բանակցությունները տևեցին ավելի քան հինգ ժամ և ներառում էին ինչպես "
                "լիագումար նիստ, այնպես էլ պատվիրակությունների երկկողմ "
                "հանդիպումներ։ Մասնակիցների խոսքով՝ մթնոլորտը կառուցողական էր, և "
                "կողմերը կենտրոնացան գործնական հարցերի, այլ ոչ թե "
                "հայտարարությունների վրա։",
            ),
            t(
                "The main topic was the harmonisation of customs procedures at "
                "border crossings, where lorries sometimes wait for days. The "
                "ministers instructed their experts to prepare proposals for a "
                "shared electronic queue system.",
                "Главной темой стала унификация таможенных процедур на пограничных "
                "переходах, где грузовики порой простаивают по несколько дней. "
                "Министры поручили экспертам подготовить предложения по общей "
                "системе электронной очереди.",
                "Գլխավոր թեման սահմանային անցակետերում մաքսային ընթացակարգերի "
                "ներդաշնակեցումն էր, որտեղ բեռնատարները երբեմն օրերով սպասում են։ "
                "Նախարարները փորձագետներին հանձնարարեցին առաջարկներ պատրաստել "
                "էլեկտրոնային հերթի ընդհանուր համակարգի վերաբերյալ։",
            ),
            t(
                "Railway tariffs were also on the agenda. Freight operators have "
                "long argued that differences in pricing make transit routes less "
                "competitive, and the working group is expected to present its "
                "first recommendations before the end of the year.",
                "На повестке стояли и железнодорожные тарифы. Грузовые операторы "
                "давно указывают, что различия в ценообразовании снижают "
                "конкурентоспособность транзитных маршрутов; первые рекомендации "
                "рабочей группы ожидаются до конца года.",
                "Օրակարգում էին նաև երկաթուղային սակագները։ Բեռնափոխադրողները "
                "վաղուց նշում են, որ գնագոյացման տարբերությունները նվազեցնում են "
                "տարանցիկ երթուղիների մրցունակությունը, և աշխատանքային խմբի առաջին "
                "առաջարկությունները սպասվում են մինչև տարեվերջ։",
            ),
            t(
                "Separately, the ministers discussed student exchange programmes "
                "and simplified visa procedures for researchers. Several "
                "universities have already expressed interest in joint summer "
                "schools.",
                "Отдельно министры обсудили программы студенческого обмена и "
                "упрощение визовых процедур для исследователей. Ряд университетов "
                "уже выразил заинтересованность в проведении совместных летних "
                "школ.",
                "Առանձին նախարարները քննարկեցին ուսանողական փոխանակման ծրագրերը և "
                "հետազոտողների համար վիզային ընթացակարգերի պարզեցումը։ Մի շարք "
                "համալսարաններ արդեն հետաքրքրություն են հայտնել համատեղ ամառային "
                "դպրոցներ անցկացնելու հարցում։",
            ),
            t(
                "The next round of consultations is scheduled for the spring of "
                "{year}. The host country will be chosen by rotation, and the "
                "working group will report on its progress before then.",
                "Следующий раунд консультаций запланирован на весну {year} года. "
                "Принимающая страна будет определена по ротации, а рабочая группа "
                "до этого отчитается о проделанной работе.",
                "Խորհրդակցությունների հաջորդ փուլը նախատեսված է {year} թվականի "
                "գարնանը։ Հյուրընկալող երկիրը կորոշվի ռոտացիայի սկզբունքով, իսկ "
                "մինչ այդ աշխատանքային խումբը կզեկուցի կատարված աշխատանքի մասին։",
            ),
        ],
        "subheading": t(
            "Customs and railways on the agenda",
            "Таможня и железные дороги в повестке",
            "Օրակարգում՝ մաքսային ոլորտն ու երկաթուղին",
        ),
        "quote": {
            "text": t(
                "Good neighbourly relations are built not only in conference halls "
                "but also at border posts and railway stations.",
                "Добрососедские отношения строятся не только в залах переговоров, "
                "но и на пограничных постах и вокзалах.",
                "Բարիդրացիական հարաբերությունները կառուցվում են ոչ միայն "
                "բանակցությունների սրահներում, այլև սահմանային անցակետերում ու "
                "կայարաններում։",
            ),
            "attribution": t(
                "Kamran Eyvazov, deputy foreign minister",
                "Камран Эйвазов, заместитель министра иностранных дел",
                "Քամրան Էյվազով, արտաքին գործերի նախարարի տեղակալ",
            ),
        },
        "facts_title": t(
            "Outcome of the meeting",
            "Итоги встречи",
            "Հանդիպման արդյունքները",
        ),
        "facts": [
            t(
                "Length of talks: more than five hours",
                "Продолжительность переговоров: более пяти часов",
                "Բանակցությունների տևողությունը՝ ավելի քան հինգ ժամ",
            ),
            t(
                "New joint working group on customs and tariffs",
                "Создана рабочая группа по таможне и тарифам",
                "Ստեղծվել է մաքսային և սակագնային հարցերով աշխատանքային խումբ",
            ),
            t(
                "Next round: spring {year}",
                "Следующий раунд: весна {year} года",
                "Հաջորդ փուլը՝ {year} թվականի գարուն",
            ),
        ],
        "tags": [11, 1, 10],
        "source": t(
            "Foreign Ministry press service",
            "Пресс-служба МИД",
            "ԱԳՆ մամուլի ծառայություն",
        ),
    },
    {
        "headline": t(
            "Cabinet approves regional development plan with 57 infrastructure projects",
            "Кабмин одобрил 57 инфраструктурных проектов в рамках программы "
            "развития регионов",
            "Կառավարությունը հաստատել է մարզերի զարգացման ծրագիր՝ 57 "
            "ենթակառուցվածքային նախագծով",
        ),
        "lead": t(
            "The plan covers water supply, rural roads, schools and clinics, with "
            "priority given to districts far from major cities.",
            "Программа охватывает водоснабжение, сельские дороги, школы и "
            "поликлиники; приоритет отдан районам, удалённым от крупных городов.",
            "Ծրագիրը ներառում է ջրամատակարարում, գյուղական ճանապարհներ, դպրոցներ և "
            "պոլիկլինիկաներ, իսկ առաջնահերթությունը տրված է խոշոր քաղաքներից հեռու "
            "գտնվող շրջաններին։",
        ),
        "paragraphs": [
            t(
                "The cabinet approved the programme at its regular meeting, "
                "following consultations with district administrations and "
                "business associations. The document sets out priorities for the "
                "next five years and will be reviewed annually.",
                "Кабинет министров утвердил программу на очередном заседании после "
                "консультаций с районными администрациями и деловыми ассоциациями. "
                "Документ определяет приоритеты на ближайшие пять лет и будет "
                "ежегодно пересматриваться.",
                "Կառավարությունը ծրագիրը հաստատեց հերթական նիստում՝ շրջանային "
                "վարչակազմերի և գործարար միավորումների հետ խորհրդակցություններից "
                "հետո։ Փաստաթուղթը սահմանում է առաջիկա հինգ տարվա "
                "առաջնահերթությունները և ամեն տարի կվերանայվի։",
            ),
            t(
                "The largest share of funding will go to drinking water and "
                "irrigation networks, which remain a concern in many villages. "
                "Road repairs come second, followed by the construction and "
                "renovation of schools and primary healthcare centres.",
                "Наибольшая часть средств будет направлена на сети питьевого "
                "водоснабжения и орошения, которые по-прежнему остаются проблемой "
                "во многих сёлах. На втором месте — ремонт дорог, далее следуют "
                "строительство и реконструкция школ и центров первичной "
                "медицинской помощи.",
                "Ֆինանսավորման ամենամեծ մասը կուղղվի խմելու ջրի և ոռոգման "
                "ցանցերին, որոնք շատ գյուղերում դեռևս խնդրահարույց են։ Երկրորդ "
                "տեղում ճանապարհների վերանորոգումն է, որին հաջորդում են դպրոցների "
                "և առաջնային բուժօգնության կենտրոնների կառուցումն ու "
                "վերակառուցումը։",
            ),
            t(
                "Officials in {city} said they had already submitted a list of "
                "priority projects, including a new bus terminal and the "
                "reconstruction of a sports complex. The final selection will be "
                "made by an interagency commission.",
                "В администрации {city_gen} сообщили, что уже подали перечень "
                "приоритетных проектов, включая новый автовокзал и реконструкцию "
                "спортивного комплекса. Окончательный отбор проведёт "
                "межведомственная комиссия.",
                "{city_gen} վարչակազմից հայտնել են, որ արդեն ներկայացրել են "
                "առաջնահերթ նախագծերի ցանկը, այդ թվում՝ նոր ավտոկայան և "
                "մարզահամալիրի վերակառուցում։ Վերջնական ընտրությունը կկատարի "
                "միջգերատեսչական հանձնաժողովը։",
            ),
            t(
                "Economists note that the success of the programme will depend on "
                "the quality of project management at the local level. The "
                "government has promised to publish progress reports online so "
                "that residents can follow the work.",
                "Экономисты отмечают, что успех программы будет зависеть от "
                "качества управления проектами на местах. Правительство пообещало "
                "публиковать отчёты о ходе работ в интернете, чтобы жители могли "
                "следить за их выполнением.",
                "Տնտեսագետները նշում են, որ ծրագրի հաջողությունը կախված կլինի "
                "տեղերում նախագծերի կառավարման որակից։ Կառավարությունը խոստացել է "
                "աշխատանքների ընթացքի մասին հաշվետվությունները հրապարակել "
                "համացանցում, որպեսզի բնակիչները կարողանան հետևել դրանց։",
            ),
            t(
                "The first tenders are expected to be announced in {year}. "
                "Contractors will be required to hire local workers wherever "
                "possible.",
                "Первые тендеры планируется объявить в {year} году. Подрядчики "
                "будут обязаны по возможности привлекать местных работников.",
                "Առաջին մրցույթները նախատեսվում է հայտարարել {year} թվականին։ "
                "Կապալառուները պարտավոր կլինեն հնարավորության դեպքում ներգրավել "
                "տեղացի աշխատողների։",
            ),
        ],
        "subheading": t(
            "Water and roads come first",
            "Вода и дороги — в приоритете",
            "Առաջնահերթությունը՝ ջուր և ճանապարհներ",
        ),
        "quote": {
            "text": t(
                "Every district should feel this programme not in reports, but in "
                "the water from the tap and the road to school.",
                "Каждый район должен почувствовать программу не в отчётах, а в "
                "воде из-под крана и дороге до школы.",
                "Յուրաքանչյուր շրջան այս ծրագիրը պետք է զգա ոչ թե "
                "հաշվետվություններում, այլ ծորակից հոսող ջրի և դպրոց տանող "
                "ճանապարհի մեջ։",
            ),
            "attribution": t(
                "Tahir Mirzayev, deputy minister of economy",
                "Тахир Мирзаев, заместитель министра экономики",
                "Թահիր Միրզաև, էկոնոմիկայի նախարարի տեղակալ",
            ),
        },
        "facts_title": t(
            "Programme details",
            "Детали программы",
            "Ծրագրի մանրամասները",
        ),
        "facts": [
            t(
                "Infrastructure projects: 57",
                "Инфраструктурных проектов: 57",
                "Ենթակառուցվածքային նախագծեր՝ 57",
            ),
            t(
                "Programme period: five years",
                "Срок реализации: пять лет",
                "Իրականացման ժամկետը՝ հինգ տարի",
            ),
            t(
                "First tenders: {year}",
                "Первые тендеры: {year} год",
                "Առաջին մրցույթները՝ {year} թվական",
            ),
        ],
        "tags": [19, 9, 1],
        "source": t(
            "Cabinet of Ministers information service",
            "Информационная служба Кабинета министров",
            "Նախարարների կաբինետի տեղեկատվական ծառայություն",
        ),
    },
    {
        "headline": t(
            "Parliament holds hearings on youth employment and internships",
            "В парламенте прошли слушания о занятости молодёжи и стажировках",
            "Խորհրդարանում լսումներ են անցկացվել երիտասարդների զբաղվածության և "
            "պրակտիկայի վերաբերյալ",
        ),
        "lead": t(
            "Deputies proposed tax incentives for employers offering paid "
            "internships; 36 companies have already joined a pilot scheme.",
            "Депутаты предложили налоговые льготы для работодателей, которые "
            "предлагают оплачиваемые стажировки; к пилотной программе уже "
            "присоединились 36 компаний.",
            "Պատգամավորներն առաջարկել են հարկային արտոնություններ վճարովի պրակտիկա "
            "առաջարկող գործատուների համար։ Պիլոտային ծրագրին արդեն միացել է 36 "
            "ընկերություն։",
        ),
        "paragraphs": [
            t(
                "The hearings brought together members of parliament, ministry "
                "officials, employers and student organisations. Participants "
                "agreed that many graduates struggle to find their first job "
                "because employers ask for experience that young people have had "
                "no chance to gain.",
                "В слушаниях приняли участие депутаты, представители министерств, "
                "работодатели и студенческие организации. Участники согласились, "
                "что многие выпускники с трудом находят первую работу, поскольку "
                "работодатели требуют опыта, который молодым людям негде было "
                "получить.",
                "Լսումներին մասնակցել են պատգամավորներ, նախարարությունների "
                "ներկայացուցիչներ, գործատուներ և ուսանողական կազմակերպություններ։ "
                "Մասնակիցները համաձայնեցին, որ շատ շրջանավարտներ դժվարությամբ են "
                "գտնում իրենց առաջին աշխատանքը, քանի որ գործատուները պահանջում են "
                "փորձ, որը երիտասարդները ձեռք բերելու հնարավորություն չեն ունեցել։",
            ),
            t(
                "Under the proposal, companies that take on interns for at least "
                "three months and pay them no less than the minimum wage would "
                "receive a partial reduction in social contributions. The measure "
                "would apply to young people under 29.",
                "Согласно предложению, компании, которые берут стажёров минимум на "
                "три месяца и платят им не ниже минимальной зарплаты, получат "
                "частичное снижение социальных отчислений. Мера будет "
                "распространяться на молодых людей в возрасте до 29 лет.",
                "Առաջարկի համաձայն՝ այն ընկերությունները, որոնք պրակտիկանտներին "
                "ընդունում են առնվազն երեք ամսով և վճարում նվազագույն աշխատավարձից "
                "ոչ պակաս, կստանան սոցիալական վճարների մասնակի նվազեցում։ "
                "Միջոցառումը կտարածվի մինչև 29 տարեկան երիտասարդների վրա։",
            ),
            t(
                "Students from {city} who spoke at the hearings described long "
                "searches for placements and unpaid internships that rarely led to "
                "a job offer. Several said they were considering moving abroad if "
                "nothing changed. Employers, for their part, asked universities "
                "for more practical training.",
                "Студенты из {city_gen}, выступившие на слушаниях, рассказали о "
                "долгих поисках мест для практики и неоплачиваемых стажировках, "
                "которые редко заканчиваются предложением о работе. Некоторые "
                "признались, что подумывают о переезде за границу, если ситуация "
                "не изменится. Работодатели, в свою очередь, призвали вузы уделять "
                "больше внимания практической подготовке.",
                "Լսումներին ելույթ ունեցած {city_gen} ուսանողները պատմեցին "
                "պրակտիկայի վայրերի երկարատև որոնումների և անվճար պրակտիկաների "
                "մասին, որոնք հազվադեպ են ավարտվում աշխատանքի առաջարկով։ Ոմանք "
                "խոստովանեցին, որ մտածում են արտասահման տեղափոխվելու մասին, եթե "
                "իրավիճակը չփոխվի։ Գործատուներն իրենց հերթին կոչ արեցին բուհերին "
                "ավելի մեծ ուշադրություն դարձնել գործնական պատրաստվածությանը։",
            ),
            t(
                "The labour ministry presented data from the pilot scheme, which "
                "showed that most interns were eventually offered permanent "
                "contracts. Officials cautioned, however, that the sample was "
                "small and mostly limited to large companies.",
                "Министерство труда представило данные пилотной программы: "
                "большинству стажёров в итоге предложили постоянные контракты. "
                "Впрочем, чиновники предупредили, что выборка невелика и "
                "охватывает в основном крупные компании.",
                "Աշխատանքի նախարարությունը ներկայացրեց պիլոտային ծրագրի տվյալները, "
                "համաձայն որոնց՝ պրակտիկանտների մեծ մասին ի վերջո առաջարկվել են "
                "մշտական պայմանագրեր։ Սակայն պաշտոնյաները զգուշացրին, որ ընտրանքը "
                "փոքր է և հիմնականում ընդգրկում է խոշոր ընկերություններ։",
            ),
            t(
                "The committee will prepare a set of recommendations and may "
                "submit amendments to the tax code in {year}. Student unions have "
                "asked to be involved in drafting the document.",
                "Комитет подготовит пакет рекомендаций и, возможно, внесёт "
                "поправки в Налоговый кодекс в {year} году. Студенческие союзы "
                "попросили привлечь их к работе над документом.",
                "Հանձնաժողովը կպատրաստի առաջարկությունների փաթեթ և, հնարավոր է, "
                "{year} թվականին հարկային օրենսգրքում փոփոխությունների նախագիծ "
                "ներկայացնի։ Ուսանողական միությունները խնդրել են իրենց ներգրավել "
                "փաստաթղթի մշակման աշխատանքներում։",
            ),
        ],
        "subheading": t(
            "First job, first experience",
            "Первая работа — первый опыт",
            "Առաջին աշխատանք՝ առաջին փորձ",
        ),
        "quote": {
            "text": t(
                "A young specialist who gets a fair start is the best investment "
                "an economy can make.",
                "Молодой специалист, получивший честный старт, — лучшая инвестиция "
                "для экономики.",
                "Արդար մեկնարկ ստացած երիտասարդ մասնագետը տնտեսության լավագույն "
                "ներդրումն է։",
            ),
            "attribution": t(
                "Gunel Abbasova, member of the parliamentary committee on youth "
                "and sport",
                "Гюнель Аббасова, член парламентского комитета по делам молодёжи и "
                "спорта",
                "Գյունել Աբբասովա, խորհրդարանի երիտասարդության և սպորտի հարցերի "
                "հանձնաժողովի անդամ",
            ),
        },
        "facts_title": t(
            "The proposal in brief",
            "Коротко о предложении",
            "Առաջարկի մասին հակիրճ",
        ),
        "facts": [
            t(
                "Companies in the pilot scheme: 36",
                "Компаний в пилотной программе: 36",
                "Պիլոտային ծրագրին մասնակցող ընկերություններ՝ 36",
            ),
            t(
                "Minimum internship length: three months",
                "Минимальный срок стажировки: три месяца",
                "Պրակտիկայի նվազագույն տևողությունը՝ երեք ամիս",
            ),
            t(
                "Age limit for participants: under 29",
                "Возрастной порог: до 29 лет",
                "Տարիքային շեմը՝ մինչև 29 տարեկան",
            ),
        ],
        "tags": [5, 22],
        "source": t(
            "Parliament press service",
            "Пресс-служба парламента",
            "Խորհրդարանի մամուլի ծառայություն",
        ),
    },
    {
        "headline": t(
            "Parliament raises fines for using a phone while driving",
            "Парламент повысил штрафы за разговор по телефону за рулём",
            "Խորհրդարանը խստացրել է տույժերը վարելիս հեռախոսից օգտվելու համար",
        ),
        "lead": t(
            "Deputies adopted amendments to the road traffic code in the third "
            "reading; the new fines take effect in sixty days.",
            "Депутаты приняли поправки в Кодекс о дорожном движении в третьем "
            "чтении; новые штрафы вступят в силу через шестьдесят дней.",
            "Պատգամավորները երրորդ ընթերցմամբ ընդունել են ճանապարհային "
            "երթևեկության օրենսգրքի փոփոխությունները, և նոր տույժերն ուժի մեջ "
            "կմտնեն վաթսուն օր անց։",
        ),
        "paragraphs": [
            t(
                "A driver caught holding a phone will now pay three times the "
                "previous fine, and a repeat offence within a year may lead to a "
                "three-month suspension of the licence. Hands-free devices remain "
                "allowed.",
                "Водитель, которого застанут с телефоном в руке, теперь заплатит "
                "втрое больше прежнего, а повторное нарушение в течение года может "
                "обернуться лишением прав на три месяца. Пользоваться гарнитурой "
                "по-прежнему разрешено.",
                "Ձեռքում հեռախոս պահած վարորդն այժմ կվճարի նախկինից երեք անգամ "
                "ավելի, իսկ տարվա ընթացքում կրկնակի խախտման դեպքում կարող է երեք "
                "ամսով զրկվել վարորդական իրավունքից։ Անլար ականջակալներից օգտվելը "
                "շարունակում է թույլատրված մնալ։",
            ),
            t(
                "The road police say distraction now causes more accidents in the "
                "capital than speeding. Cameras able to spot a phone in the "
                "driver's hand will be installed at twenty busy junctions by the "
                "end of the year.",
                "По данным дорожной полиции, в столице отвлечение за рулём уже "
                "чаще приводит к авариям, чем превышение скорости. До конца года "
                "на двадцати оживлённых перекрёстках установят камеры, "
                "распознающие телефон в руке водителя.",
                "Ճանապարհային ոստիկանության տվյալներով՝ մայրաքաղաքում վարորդի "
                "ուշադրության շեղումն արդեն ավելի հաճախ է վթարների պատճառ դառնում, "
                "քան արագության գերազանցումը։ Մինչև տարեվերջ քսան բանուկ "
                "խաչմերուկում կտեղադրվեն տեսախցիկներ, որոնք ճանաչում են վարորդի "
                "ձեռքի հեռախոսը։",
            ),
        ],
        "tags": [1],
    },
    {
        "headline": t(
            "Ombudsman's annual report: most complaints concern utilities and pensions",
            "Омбудсмен представила ежегодный доклад: больше всего жалоб на "
            "коммунальные услуги и пенсии",
            "Մարդու իրավունքների պաշտպանի տարեկան զեկույցում բողոքների մեծ մասը "
            "վերաբերում է կոմունալ ծառայություններին և կենսաթոշակներին",
        ),
        "lead": t(
            "The office received more than eleven thousand appeals last year, a "
            "fifth more than the year before.",
            "В прошлом году в аппарат поступило более одиннадцати тысяч обращений "
            "— на пятую часть больше, чем годом ранее.",
            "Անցյալ տարի աշխատակազմը ստացել է ավելի քան տասնմեկ հազար դիմում, ինչը "
            "մեկ հինգերորդով ավելի է, քան նախորդ տարի։",
        ),
        "paragraphs": [
            t(
                "Presenting the report to parliament, the ombudsman said that many "
                "complaints could have been settled by the agencies themselves if "
                "they answered letters on time. Delays in recalculating pensions "
                "were the most frequent single issue.",
                "Представляя доклад в парламенте, омбудсмен отметила, что многие "
                "жалобы ведомства могли бы решить сами, если бы вовремя отвечали "
                "на письма. Чаще всего граждане жаловались на задержки с "
                "перерасчётом пенсий.",
                "Զեկույցը խորհրդարանում ներկայացնելիս պաշտպանը նշեց, որ բազմաթիվ "
                "բողոքներ գերատեսչությունները կարող էին ինքնուրույն լուծել, եթե "
                "նամակներին ժամանակին պատասխանեին։ Քաղաքացիներն ամենից հաճախ "
                "բողոքել են կենսաթոշակների վերահաշվարկի ձգձգումներից։",
            ),
            t(
                "The report recommends a single deadline of fifteen working days "
                "for replies to citizens and a public register of overdue answers. "
                "Deputies will discuss the recommendations in committee next "
                "month.",
                "В докладе рекомендуется установить единый срок ответа гражданам — "
                "пятнадцать рабочих дней — и вести открытый реестр просроченных "
                "ответов. Депутаты обсудят рекомендации в профильном комитете в "
                "следующем месяце.",
                "Զեկույցում առաջարկվում է քաղաքացիներին պատասխանելու համար "
                "սահմանել տասնհինգ աշխատանքային օրվա միասնական ժամկետ և վարել "
                "ուշացած պատասխանների հրապարակային ռեեստր։ Պատգամավորները "
                "առաջարկությունները կքննարկեն հանձնաժողովում հաջորդ ամիս։",
            ),
        ],
        "quote": {
            "text": t(
                "A late answer is often the whole problem. People do not want "
                "favours, they want a reply.",
                "Часто вся проблема — в запоздалом ответе. Людям не нужны "
                "одолжения, им нужен ответ.",
                "Հաճախ ամբողջ խնդիրն ուշացած պատասխանն է։ Մարդիկ բարեհաճություն "
                "չեն խնդրում, նրանց պատասխան է պետք։",
            ),
            "attribution": t(
                "Gunel Aliyeva, human rights commissioner",
                "Гюнель Алиева, уполномоченный по правам человека",
                "Գյունել Ալիևա, մարդու իրավունքների պաշտպան",
            ),
        },
        "tags": [6],
    },
    {
        "headline": t(
            "Ministries to move their paper archives online within three years",
            "Министерства за три года переведут бумажные архивы в электронный вид",
            "Նախարարությունները երեք տարում թղթային արխիվները կթվայնացնեն",
        ),
        "lead": t(
            "The cabinet approved a schedule for scanning decades of records, "
            "starting with land and civil registry files.",
            "Кабмин утвердил график оцифровки документов за несколько десятилетий; "
            "первыми отсканируют земельные дела и записи актов гражданского "
            "состояния.",
            "Կառավարությունը հաստատել է տասնամյակների փաստաթղթերի թվայնացման "
            "ժամանակացույցը։ Առաջին հերթին կսկանավորվեն հողային գործերը և "
            "քաղաքացիական կացության ակտերի գրառումները։",
        ),
        "paragraphs": [
            t(
                "Residents now often wait weeks for an archive certificate because "
                "the files are kept in regional storerooms. Once the records are "
                "scanned, such certificates are to be issued online within a day.",
                "Сейчас жителям нередко приходится неделями ждать архивную "
                "справку, потому что документы хранятся в региональных хранилищах. "
                "После оцифровки такие справки будут выдавать онлайн в течение "
                "суток.",
                "Այժմ բնակիչները հաճախ շաբաթներով սպասում են արխիվային տեղեկանքի, "
                "քանի որ փաստաթղթերը պահվում են մարզային պահոցներում։ Թվայնացումից "
                "հետո նման տեղեկանքները կտրամադրվեն առցանց՝ մեկ օրվա ընթացքում։",
            ),
            t(
                "The originals will stay in the archives, which will receive new "
                "climate-controlled rooms. Specialists warn that some handwritten "
                "records from the 1950s are fragile and will need restoration "
                "before scanning.",
                "Оригиналы останутся в архивах, где оборудуют новые помещения с "
                "климат-контролем. Специалисты предупреждают, что часть рукописных "
                "записей 1950-х годов обветшала и перед сканированием её придётся "
                "реставрировать.",
                "Բնօրինակները կմնան արխիվներում, որտեղ կկահավորվեն կլիմայի "
                "կարգավորմամբ նոր սենյակներ։ Մասնագետները զգուշացնում են, որ "
                "1950-ական թվականների ձեռագիր գրառումների մի մասը մաշված է և "
                "սկանավորելուց առաջ վերականգնման կարիք կունենա։",
            ),
        ],
        "tags": [8],
    },
    {
        "headline": t(
            "Municipalities will set their own parking fees",
            "Муниципалитеты получат право сами устанавливать плату за парковку",
            "Համայնքներն իրենք կսահմանեն ավտոկայանատեղիների վճարը",
        ),
        "lead": t(
            "A bill passed in the first reading lets local councils decide where "
            "parking is paid and how much it costs.",
            "Законопроект, принятый в первом чтении, позволит местным советам "
            "решать, где парковка будет платной и сколько она будет стоить.",
            "Առաջին ընթերցմամբ ընդունված օրինագիծը տեղական խորհուրդներին թույլ կտա "
            "որոշել, թե որտեղ կլինի վճարովի կայանատեղի և որքան այն կարժենա։",
        ),
        "paragraphs": [
            t(
                "At present, parking tariffs are set centrally and are the same in "
                "the capital and in small towns. Supporters of the bill say local "
                "councils know better where streets are congested and where free "
                "parking should remain.",
                "Сейчас тарифы на парковку устанавливаются централизованно и "
                "одинаковы для столицы и небольших городов. Сторонники "
                "законопроекта считают, что местным советам виднее, где улицы "
                "перегружены, а где парковку стоит оставить бесплатной.",
                "Այժմ կայանատեղիների սակագները սահմանվում են կենտրոնացված կարգով և "
                "նույնն են մայրաքաղաքում ու փոքր քաղաքներում։ Օրինագծի "
                "կողմնակիցները կարծում են, որ տեղական խորհուրդներն ավելի լավ "
                "գիտեն, թե որ փողոցներն են ծանրաբեռնված, և որտեղ կայանատեղին պետք "
                "է անվճար մնա։",
            ),
            t(
                "The money collected will go to municipal budgets and may be spent "
                "only on roads, pavements and public transport. Residents with a "
                "registered address in a paid zone will be entitled to a "
                "discounted annual permit.",
                "Собранные средства поступят в муниципальные бюджеты и могут "
                "тратиться только на дороги, тротуары и общественный транспорт. "
                "Жители, прописанные в платной зоне, смогут оформить годовой "
                "абонемент со скидкой.",
                "Հավաքված գումարները կմուտքագրվեն համայնքային բյուջեներ և կարող են "
                "ծախսվել միայն ճանապարհների, մայթերի և հասարակական տրանսպորտի վրա։ "
                "Վճարովի գոտում գրանցված բնակիչները կկարողանան զեղչով տարեկան "
                "թույլտվություն ձևակերպել։",
            ),
        ],
        "tags": [1],
    },
    {
        "headline": t(
            "Deputies ratify a double taxation agreement with Lithuania",
            "Депутаты ратифицировали соглашение с Литвой об избежании двойного "
            "налогообложения",
            "Պատգամավորները վավերացրել են Լիտվայի հետ կրկնակի հարկումից խուսափելու "
            "մասին համաձայնագիրը",
        ),
        "lead": t(
            "The agreement spares companies and employees working in both "
            "countries from paying tax twice on the same income.",
            "Соглашение избавит компании и работников, которые ведут дела в обеих "
            "странах, от уплаты налога дважды с одного и того же дохода.",
            "Համաձայնագիրը երկու երկրներում գործող ընկերություններին և "
            "աշխատողներին կազատի միևնույն եկամտից երկու անգամ հարկ վճարելուց։",
        ),
        "paragraphs": [
            t(
                "The document was signed last autumn during a visit by a "
                "Lithuanian trade delegation and sets reduced rates on dividends, "
                "interest and royalties. It also provides for the exchange of tax "
                "information between the two administrations.",
                "Документ был подписан прошлой осенью во время визита литовской "
                "торговой делегации и устанавливает пониженные ставки на "
                "дивиденды, проценты и роялти. Он также предусматривает обмен "
                "налоговой информацией между ведомствами двух стран.",
                "Փաստաթուղթը ստորագրվել է անցյալ աշնանը՝ լիտվական առևտրային "
                "պատվիրակության այցի ժամանակ, և նվազեցված դրույքաչափեր է սահմանում "
                "շահաբաժինների, տոկոսների և ռոյալթիների համար։ Այն նախատեսում է "
                "նաև հարկային տեղեկատվության փոխանակում երկու երկրների "
                "գերատեսչությունների միջև։",
            ),
            t(
                "Trade between the countries is still modest, but logistics firms "
                "and software developers have shown growing interest. The "
                "agreement will take effect on the first day of the year after "
                "both sides complete their procedures.",
                "Товарооборот между странами пока невелик, однако интерес растёт у "
                "логистических компаний и разработчиков программного обеспечения. "
                "Соглашение вступит в силу с первого дня года, следующего за "
                "завершением процедур обеими сторонами.",
                "Երկրների միջև ապրանքաշրջանառությունը դեռ համեստ է, սակայն աճող "
                "հետաքրքրություն են ցուցաբերում լոգիստիկ ընկերությունները և "
                "ծրագրային ապահովման մշակողները։ Համաձայնագիրն ուժի մեջ կմտնի այն "
                "տարվա առաջին օրը, որը կհաջորդի երկու կողմերի ընթացակարգերի "
                "ավարտին։",
            ),
        ],
        "tags": [10, 11],
    },
    {
        "headline": t(
            "Polling station staff begin training ahead of by-elections",
            "Члены участковых комиссий начали готовиться к довыборам",
            "Տեղամասային հանձնաժողովների անդամները սկսել են վերապատրաստվել "
            "լրացուցիչ ընտրություններից առաջ",
        ),
        "lead": t(
            "Around 1,400 commission members in four constituencies will take a "
            "two-day course that ends with a mock vote count.",
            "Около 1400 членов комиссий в четырёх округах пройдут двухдневный "
            "курс, который завершится учебным подсчётом голосов.",
            "Չորս ընտրատարածքների շուրջ 1400 հանձնաժողովի անդամ կանցնի երկօրյա "
            "դասընթաց, որը կավարտվի քվեների ուսումնական հաշվարկով։",
        ),
        "paragraphs": [
            t(
                "The by-elections will fill four seats left vacant after deputies "
                "moved to government posts. Trainers will focus on the new rules "
                "for voters with disabilities and for counting ballots in front of "
                "observers' cameras.",
                "Довыборы пройдут на четыре места, освободившиеся после перехода "
                "депутатов на государственные должности. На занятиях особое "
                "внимание уделят новым правилам для избирателей с инвалидностью и "
                "подсчёту бюллетеней под камерами наблюдателей.",
                "Լրացուցիչ ընտրություններն անցկացվելու են չորս մանդատի համար, "
                "որոնք թափուր են մնացել պատգամավորների՝ պետական պաշտոնների "
                "անցնելուց հետո։ Դասընթացներին հատուկ ուշադրություն կդարձվի "
                "հաշմանդամություն ունեցող ընտրողների համար նոր կանոններին և "
                "դիտորդների տեսախցիկների առջև քվեաթերթիկների հաշվարկին։",
            ),
            t(
                "Each participant will receive a printed handbook and access to an "
                "online test. Those who do not pass will be replaced by reserve "
                "members, the central election commission said.",
                "Каждый участник получит печатное пособие и доступ к онлайн-тесту. "
                "Тех, кто его не сдаст, заменят резервные члены комиссий, сообщили "
                "в Центризбиркоме.",
                "Յուրաքանչյուր մասնակից կստանա տպագիր ձեռնարկ և առցանց թեստի "
                "հասանելիություն։ Կենտրոնական ընտրական հանձնաժողովից հայտնել են, "
                "որ թեստը չհանձնածներին կփոխարինեն պահուստային անդամները։",
            ),
        ],
        "tags": [2],
    },
    {
        "headline": t(
            "Draft law on volunteering put up for public discussion",
            "Законопроект о волонтёрской деятельности вынесен на общественное "
            "обсуждение",
            "Կամավորական գործունեության մասին օրինագիծը դրվել է հանրային քննարկման",
        ),
        "lead": t(
            "For the first time, volunteers would get written agreements, "
            "insurance during events and a record of hours that counts towards "
            "work experience.",
            "Впервые волонтёры смогут заключать письменные соглашения, получат "
            "страховку на время мероприятий и учёт часов, который будет "
            "засчитываться в трудовой стаж.",
            "Առաջին անգամ կամավորները կկնքեն գրավոր համաձայնագրեր, միջոցառումների "
            "ընթացքում կապահովագրվեն, և նրանց աշխատած ժամերը կհաշվառվեն "
            "աշխատանքային ստաժում։",
        ),
        "paragraphs": [
            t(
                "Comments on the draft can be left on the government's legislation "
                "portal for thirty days. The authors say the law is needed because "
                "thousands of people now help at festivals, in hospitals and after "
                "natural disasters without any legal status.",
                "Замечания к проекту можно оставить на правительственном портале "
                "законопроектов в течение тридцати дней. Авторы указывают, что "
                "закон необходим: тысячи людей помогают на фестивалях, в больницах "
                "и после стихийных бедствий, не имея никакого правового статуса.",
                "Նախագծի վերաբերյալ դիտողությունները կարելի է թողնել կառավարության "
                "օրինագծերի հարթակում երեսուն օրվա ընթացքում։ Հեղինակները նշում "
                "են, որ օրենքն անհրաժեշտ է, քանի որ հազարավոր մարդիկ օգնում են "
                "փառատոներում, հիվանդանոցներում և բնական աղետներից հետո՝ առանց "
                "որևէ իրավական կարգավիճակի։",
            ),
            t(
                "Civil society groups welcomed the idea but asked that "
                "registration remain voluntary for small neighbourhood "
                "initiatives, so that helping a neighbour does not turn into "
                "paperwork.",
                "Общественные организации поддержали идею, но попросили, чтобы для "
                "небольших дворовых инициатив регистрация оставалась добровольной "
                "— иначе помощь соседу превратится в бумажную волокиту.",
                "Հասարակական կազմակերպությունները ողջունել են գաղափարը, սակայն "
                "խնդրել են, որ փոքր թաղային նախաձեռնությունների համար գրանցումը "
                "կամավոր մնա, որպեսզի հարևանին օգնելը թղթաբանության չվերածվի։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Anti-corruption hotline receives 3,200 calls in its first month",
            "На антикоррупционную горячую линию за первый месяц поступило 3200 звонков",
            "Հակակոռուպցիոն թեժ գիծն առաջին ամսում ստացել է 3200 զանգ",
        ),
        "lead": t(
            "Most callers reported informal payments demanded for certificates and "
            "medical referrals, the service said.",
            "Чаще всего звонившие сообщали о неофициальных поборах за справки и "
            "медицинские направления, сообщили в службе.",
            "Ծառայությունից հայտնել են, որ զանգահարողներն ամենից հաճախ հաղորդել են "
            "տեղեկանքների և բժշկական ուղեգրերի համար պահանջված ոչ պաշտոնական "
            "վճարների մասին։",
        ),
        "paragraphs": [
            t(
                "Operators forwarded about four hundred reports to investigators; "
                "the rest were requests for advice or complaints about slow "
                "service rather than bribery. Callers can stay anonymous and can "
                "also send photos through a messenger account.",
                "Около четырёхсот сообщений операторы передали следователям, "
                "остальные касались консультаций или жалоб на медленное "
                "обслуживание, а не взяток. Звонящие могут оставаться анонимными, "
                "а фотографии можно отправить через мессенджер.",
                "Օպերատորները շուրջ չորս հարյուր հաղորդում փոխանցել են քննիչներին, "
                "իսկ մնացածը վերաբերել են խորհրդատվությանը կամ դանդաղ սպասարկմանը, "
                "ոչ թե կաշառքին։ Զանգահարողները կարող են անանուն մնալ, իսկ "
                "լուսանկարներ կարելի է ուղարկել նաև հաղորդակցման հավելվածով։",
            ),
            t(
                "The service will publish a quarterly summary of cases, grouped by "
                "agency. Its head said the first results showed where to start: "
                "with the offices that issue documents by hand.",
                "Служба будет ежеквартально публиковать сводку дел с разбивкой по "
                "ведомствам. Её руководитель отметил, что первые итоги показали, с "
                "чего начинать, — с учреждений, где документы до сих пор выдают "
                "вручную.",
                "Ծառայությունը եռամսյակը մեկ կհրապարակի գործերի ամփոփագիր՝ ըստ "
                "գերատեսչությունների։ Նրա ղեկավարը նշել է, որ առաջին արդյունքները "
                "ցույց են տվել, թե որտեղից պետք է սկսել՝ այն հաստատություններից, "
                "որտեղ փաստաթղթերը դեռ ձեռքով են տրամադրվում։",
            ),
        ],
        "tags": [8],
    },
    {
        "headline": t(
            "Working group to draft pension reform by the autumn",
            "Рабочая группа к осени подготовит проект пенсионной реформы",
            "Աշխատանքային խումբը մինչև աշուն կմշակի կենսաթոշակային բարեփոխման նախագիծը",
        ),
        "lead": t(
            "Deputies, economists and trade unions will look at indexation, "
            "voluntary savings accounts and benefits for people with long careers.",
            "Депутаты, экономисты и профсоюзы рассмотрят индексацию, добровольные "
            "накопительные счета и льготы для людей с большим стажем.",
            "Պատգամավորները, տնտեսագետները և արհմիությունները կքննարկեն "
            "ինդեքսավորումը, կամավոր կուտակային հաշիվները և երկար ստաժ ունեցող "
            "մարդկանց արտոնությունները։",
        ),
        "paragraphs": [
            t(
                "The speaker of parliament said the retirement age was not on the "
                "agenda. The group will instead look for ways to make pensions "
                "keep pace with prices and to encourage younger workers to save.",
                "Спикер парламента заявил, что вопрос пенсионного возраста не "
                "рассматривается. Группа будет искать способы, чтобы пенсии "
                "успевали за ростом цен, а молодые работники охотнее откладывали "
                "деньги.",
                "Խորհրդարանի նախագահը հայտարարել է, որ կենսաթոշակային տարիքի հարցն "
                "օրակարգում չէ։ Խումբը կփնտրի ուղիներ, որպեսզի կենսաթոշակները "
                "համընթաց լինեն գների աճին, իսկ երիտասարդ աշխատողներն ավելի "
                "պատրաստակամ խնայեն։",
            ),
            t(
                "Public hearings are planned in five regions before the draft goes "
                "to the cabinet. Pensioners' associations have asked for a seat in "
                "the group rather than an invitation to the hearings only.",
                "Перед тем как проект поступит в кабмин, в пяти регионах пройдут "
                "общественные слушания. Ассоциации пенсионеров попросили включить "
                "их представителя в состав группы, а не ограничиваться "
                "приглашением на слушания.",
                "Նախքան նախագիծը կառավարություն ներկայացնելը հինգ մարզում "
                "կանցկացվեն հանրային լսումներ։ Կենսաթոշակառուների միությունները "
                "խնդրել են իրենց ներկայացուցչին ընդգրկել խմբի կազմում, այլ ոչ թե "
                "սահմանափակվել լսումներին հրավիրելով։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Foreign minister and Kazakh counterpart agree to speed up Caspian freight",
            "Глава МИД договорился с казахстанским коллегой ускорить "
            "грузоперевозки через Каспий",
            "Արտաքին գործերի նախարարը ղազախստանցի գործընկերոջ հետ պայմանավորվել է "
            "արագացնել Կասպից ծովով բեռնափոխադրումները",
        ),
        "lead": t(
            "The ministers signed a memorandum on joint customs checks at the "
            "ferry ports and a shared timetable for vessels.",
            "Министры подписали меморандум о совместном таможенном досмотре в "
            "паромных портах и едином расписании судов.",
            "Նախարարները ստորագրել են հուշագիր լաստանավային նավահանգիստներում "
            "համատեղ մաքսային զննման և նավերի միասնական չվացուցակի մասին։",
        ),
        "paragraphs": [
            t(
                "Trucks now often wait several days for a ferry place, the "
                "ministers acknowledged at a joint press conference in Baku. Under "
                "the memorandum, cargo will be checked once, at the port of "
                "departure, and the data passed electronically to the other side.",
                "На совместной пресс-конференции в Баку министры признали, что "
                "грузовики нередко по нескольку дней ждут места на пароме. По "
                "меморандуму груз будут досматривать один раз — в порту "
                "отправления, а данные передавать другой стороне в электронном "
                "виде.",
                "Բաքվում կայացած համատեղ մամուլի ասուլիսում նախարարներն ընդունել "
                "են, որ բեռնատարները հաճախ մի քանի օր սպասում են լաստանավում տեղի։ "
                "Հուշագրի համաձայն՝ բեռը կզննվի մեկ անգամ՝ մեկնման նավահանգստում, "
                "իսկ տվյալները էլեկտրոնային եղանակով կփոխանցվեն մյուս կողմին։",
            ),
            t(
                "Experts from both countries will meet monthly to track waiting "
                "times. The ministers also discussed cultural exchanges and agreed "
                "to hold a joint business forum in Astana in the spring.",
                "Эксперты двух стран будут ежемесячно встречаться, чтобы следить "
                "за временем ожидания. Министры также обсудили культурные обмены и "
                "договорились весной провести совместный бизнес-форум в Астане.",
                "Երկու երկրների փորձագետներն ամեն ամիս կհանդիպեն՝ սպասման "
                "տևողությանը հետևելու համար։ Նախարարները քննարկել են նաև "
                "մշակութային փոխանակումները և պայմանավորվել գարնանը Աստանայում "
                "համատեղ գործարար համաժողով անցկացնել։",
            ),
        ],
        "tags": [11, 1],
    },
    {
        "headline": t(
            "All public tenders to be held online from January",
            "С января все государственные тендеры будут проводиться онлайн",
            "Հունվարից բոլոր պետական մրցույթներն անցկացվելու են առցանց",
        ),
        "lead": t(
            "The finance ministry says electronic procurement will make bids "
            "easier to compare and harder to tailor to a single supplier.",
            "В министерстве финансов считают, что электронные закупки позволят "
            "легче сравнивать предложения и затруднят подгонку условий под одного "
            "поставщика.",
            "Ֆինանսների նախարարությունում կարծում են, որ էլեկտրոնային գնումները "
            "կհեշտացնեն առաջարկների համեմատությունը և կդժվարացնեն պայմանները մեկ "
            "մատակարարի համար հարմարեցնելը։",
        ),
        "paragraphs": [
            t(
                "Until now, about a third of purchases by state bodies were made "
                "with paper envelopes. The online platform will publish every "
                "tender, every bid and the final contract, and anyone will be able "
                "to read them without registering.",
                "До сих пор около трети закупок госорганов проводилось с бумажными "
                "конвертами. На онлайн-площадке будут публиковаться все тендеры, "
                "заявки и итоговые контракты, и читать их сможет любой желающий "
                "без регистрации.",
                "Մինչ այժմ պետական մարմինների գնումների շուրջ մեկ երրորդն "
                "իրականացվել է թղթային ծրարներով։ Առցանց հարթակում կհրապարակվեն "
                "բոլոր մրցույթները, հայտերը և վերջնական պայմանագրերը, և ցանկացած "
                "մեկը կկարողանա կարդալ դրանք առանց գրանցվելու։",
            ),
            t(
                "Small companies from the regions will be offered free workshops "
                "on preparing electronic bids. Business associations asked the "
                "ministry to keep a help desk open during the first months.",
                "Небольшим компаниям из регионов предложат бесплатные семинары по "
                "подготовке электронных заявок. Бизнес-ассоциации попросили "
                "министерство в первые месяцы держать открытой службу поддержки.",
                "Մարզերի փոքր ընկերություններին կառաջարկվեն էլեկտրոնային հայտերի "
                "պատրաստման անվճար սեմինարներ։ Գործարար միությունները "
                "նախարարությանը խնդրել են առաջին ամիսներին աջակցության "
                "ծառայություն գործարկել։",
            ),
        ],
        "tags": [8, 10],
    },
    {
        "headline": t(
            "Bill on the welfare of stray animals sparks a long debate",
            "Законопроект о бездомных животных вызвал долгую дискуссию",
            "Անտեր կենդանիների մասին օրինագիծը երկար բանավեճի առիթ է դարձել",
        ),
        "lead": t(
            "The draft requires municipalities to fund shelters and sterilisation "
            "programmes instead of culling.",
            "Проект обязывает муниципалитеты финансировать приюты и программы "
            "стерилизации вместо отлова с умерщвлением.",
            "Նախագիծը համայնքներին պարտավորեցնում է ֆինանսավորել կացարաններ և "
            "ստերիլիզացման ծրագրեր՝ կենդանիներին ոչնչացնելու փոխարեն։",
        ),
        "paragraphs": [
            t(
                "The debate lasted more than four hours. Several deputies from "
                "rural districts said small municipalities could not afford "
                "shelters and proposed regional centres shared by several towns.",
                "Обсуждение длилось более четырёх часов. Несколько депутатов от "
                "сельских округов заявили, что небольшим муниципалитетам приюты не "
                "по карману, и предложили создавать региональные центры на "
                "несколько городов.",
                "Քննարկումը տևել է ավելի քան չորս ժամ։ Գյուղական ընտրատարածքներից "
                "մի քանի պատգամավոր հայտարարել են, որ փոքր համայնքները չեն կարող "
                "իրենց թույլ տալ կացարաններ պահել, և առաջարկել են ստեղծել մի քանի "
                "քաղաքի համար ընդհանուր տարածաշրջանային կենտրոններ։",
            ),
            t(
                "Animal welfare groups, who filled the public gallery, applauded "
                "the bill's ban on poisoning. The vote on the first reading was "
                "postponed until the committee has estimated the costs.",
                "Зоозащитники, заполнившие гостевой балкон, аплодировали запрету "
                "на отравление животных. Голосование в первом чтении отложили, "
                "пока комитет не подсчитает расходы.",
                "Կենդանիների պաշտպանները, որոնք լցրել էին հյուրերի օթյակը, "
                "ծափահարել են կենդանիներին թունավորելու արգելքը։ Առաջին ընթերցմամբ "
                "քվեարկությունը հետաձգվել է, մինչև հանձնաժողովը հաշվարկի ծախսերը։",
            ),
        ],
        "tags": [20],
    },
    {
        "headline": t(
            "Civil courts start hearing small claims by video link",
            "Гражданские суды начали рассматривать мелкие иски по видеосвязи",
            "Քաղաքացիական դատարանները փոքր հայցերը սկսել են քննել տեսակապով",
        ),
        "lead": t(
            "Parties in disputes worth up to five thousand manats can now take "
            "part from home or from their lawyer's office.",
            "Стороны споров на сумму до пяти тысяч манатов теперь могут "
            "участвовать в заседании из дома или из офиса своего адвоката.",
            "Մինչև հինգ հազար մանաթ արժողությամբ վեճերի կողմերն այժմ կարող են "
            "նիստին մասնակցել տնից կամ իրենց փաստաբանի գրասենյակից։",
        ),
        "paragraphs": [
            t(
                "The justice ministry says that in the first two weeks about a "
                "third of eligible cases were heard online. Judges log in from "
                "courtrooms, and the hearings are recorded in the same way as "
                "ordinary sessions.",
                "По данным министерства юстиции, за первые две недели онлайн "
                "рассмотрели около трети подходящих дел. Судьи подключаются из "
                "залов заседаний, а запись ведётся так же, как на обычных "
                "заседаниях.",
                "Արդարադատության նախարարության տվյալներով՝ առաջին երկու շաբաթում "
                "առցանց է քննվել համապատասխան գործերի մոտ մեկ երրորդը։ Դատավորները "
                "միանում են դատական դահլիճներից, իսկ նիստերը ձայնագրվում են "
                "այնպես, ինչպես սովորական նիստերը։",
            ),
            t(
                "Anyone without a computer can join from a booth at a public "
                "service centre. Lawyers' associations welcomed the change but "
                "asked for clear rules on presenting documents during a video "
                "hearing.",
                "Те, у кого нет компьютера, могут подключиться из кабины в центре "
                "госуслуг. Адвокатские объединения приветствовали нововведение, но "
                "попросили чётко прописать порядок представления документов во "
                "время видеозаседания.",
                "Համակարգիչ չունեցողները կարող են միանալ պետական ծառայությունների "
                "կենտրոնի խցիկից։ Փաստաբանական միավորումները ողջունել են "
                "նորամուծությունը, սակայն խնդրել են հստակ սահմանել տեսանիստի "
                "ժամանակ փաստաթղթեր ներկայացնելու կարգը։",
            ),
        ],
        "tags": [8],
    },
    {
        "headline": t(
            "Statistics committee tests new census methods in two districts",
            "Госкомстат опробует новые методы переписи в двух районах",
            "Վիճակագրական կոմիտեն երկու շրջանում կփորձարկի մարդահամարի նոր մեթոդները",
        ),
        "lead": t(
            "Households in the pilot will be able to fill in the questionnaire "
            "online before a census taker visits.",
            "Семьи, участвующие в пилотном проекте, смогут заполнить анкету онлайн "
            "ещё до прихода переписчика.",
            "Փորձնական ծրագրին մասնակցող ընտանիքները կկարողանան առցանց լրացնել "
            "հարցաթերթիկը՝ նախքան հաշվարարի այցը։",
        ),
        "paragraphs": [
            t(
                "The trial will cover about 18,000 homes in one urban and one "
                "mountain district. Census takers will carry tablets instead of "
                "paper forms and will visit only those households that have not "
                "answered online.",
                "Пробная перепись охватит около 18 тысяч домохозяйств в одном "
                "городском и одном горном районе. Переписчики будут работать с "
                "планшетами вместо бумажных бланков и придут только в те семьи, "
                "которые не ответили онлайн.",
                "Փորձնական մարդահամարը կընդգրկի շուրջ 18 հազար տնային տնտեսություն "
                "մեկ քաղաքային և մեկ լեռնային շրջանում։ Հաշվարարները թղթային "
                "ձևաթղթերի փոխարեն կաշխատեն պլանշետներով և կայցելեն միայն այն "
                "ընտանիքներին, որոնք առցանց չեն պատասխանել։",
            ),
            t(
                "The results will help decide how the national census planned for "
                "{next_year} will be run. The committee stressed that the answers "
                "are confidential and used only for statistics.",
                "Результаты помогут решить, как провести всеобщую перепись, "
                "запланированную на {next_year} год. В комитете подчеркнули, что "
                "ответы конфиденциальны и используются только для статистики.",
                "Արդյունքներն օգնելու են որոշել, թե ինչպես անցկացնել {next_year} "
                "թվականին նախատեսված համընդհանուր մարդահամարը։ Կոմիտեում ընդգծել "
                "են, որ պատասխանները գաղտնի են և օգտագործվում են միայն "
                "վիճակագրության համար։",
            ),
        ],
        "tags": [21],
    },
    {
        "headline": t(
            "Ganja residents vote on how to spend part of the city budget",
            "Жители Гянджи выбирают, на что потратить часть городского бюджета",
            "Գյանջայի բնակիչները քվեարկում են, թե ինչի վրա ծախսել քաղաքային "
            "բյուջեի մի մասը",
        ),
        "lead": t(
            "Twenty-three projects, from a dog park to new benches by the river, "
            "are competing for the money.",
            "За средства борются двадцать три проекта — от площадки для выгула "
            "собак до новых скамеек у реки.",
            "Միջոցների համար մրցում է քսաներեք նախագիծ՝ շների զբոսանքի հրապարակից "
            "մինչև գետափին նոր նստարաններ։",
        ),
        "paragraphs": [
            t(
                "All projects were proposed by residents and checked by city "
                "engineers for cost and feasibility. Voting is open for two weeks "
                "on the city's website and at paper ballot boxes in libraries.",
                "Все проекты предложили сами жители, а городские инженеры "
                "проверили их стоимость и выполнимость. Голосование продлится две "
                "недели на сайте мэрии и у бумажных урн в библиотеках.",
                "Բոլոր նախագծերն առաջարկել են բնակիչները, իսկ քաղաքային "
                "ինժեներները ստուգել են դրանց արժեքը և իրագործելիությունը։ "
                "Քվեարկությունը կտևի երկու շաբաթ քաղաքապետարանի կայքում և "
                "գրադարաններում տեղադրված թղթային արկղերում։",
            ),
            t(
                "The winning projects must be completed by the end of the year. "
                "Last year, when the scheme was tested in one district, a reading "
                "corner in a park received the most votes.",
                "Проекты-победители должны быть реализованы до конца года. В "
                "прошлом году, когда схему опробовали в одном районе, больше всего "
                "голосов набрал читальный уголок в парке.",
                "Հաղթող նախագծերը պետք է իրականացվեն մինչև տարեվերջ։ Անցյալ տարի, "
                "երբ սխեման փորձարկվեց մեկ թաղամասում, ամենաշատ ձայները հավաքել էր "
                "այգում ընթերցանության անկյունը։",
            ),
        ],
        "tags": [2],
    },
    {
        "headline": t(
            "Spring session ends with 48 laws adopted",
            "Весенняя сессия парламента завершилась принятием 48 законов",
            "Խորհրդարանի գարնանային նստաշրջանն ավարտվել է 48 օրենքի ընդունմամբ",
        ),
        "lead": t(
            "Most of the new laws concern taxes, transport and education; a bill "
            "on the media was carried over to the autumn.",
            "Большинство новых законов касаются налогов, транспорта и образования; "
            "законопроект о СМИ перенесён на осень.",
            "Նոր օրենքների մեծ մասը վերաբերում է հարկերին, տրանսպորտին և "
            "կրթությանը, իսկ լրատվամիջոցների մասին օրինագիծը տեղափոխվել է աշուն։",
        ),
        "paragraphs": [
            t(
                "In his closing speech the speaker thanked deputies for holding a "
                "record number of committee hearings with experts and the public. "
                "He said the autumn session would start with the budget.",
                "В заключительной речи спикер поблагодарил депутатов за рекордное "
                "число слушаний в комитетах с участием экспертов и общественности. "
                "По его словам, осенняя сессия начнётся с бюджета.",
                "Եզրափակիչ ելույթում խորհրդարանի նախագահը շնորհակալություն է "
                "հայտնել պատգամավորներին փորձագետների և հասարակության "
                "մասնակցությամբ հանձնաժողովային լսումների ռեկորդային թվի համար։ "
                "Նրա խոսքով՝ աշնանային նստաշրջանը կսկսվի բյուջեով։",
            ),
            t(
                "Opposition deputies said too many bills had been passed in a "
                "hurry in the final week. Parliament will go on recess until the "
                "end of September, although committees may meet in extraordinary "
                "sessions.",
                "Оппозиционные депутаты сочли, что слишком много законопроектов "
                "приняли в спешке в последнюю неделю. Парламент уходит на каникулы "
                "до конца сентября, хотя комитеты могут собираться на внеочередные "
                "заседания.",
                "Ընդդիմադիր պատգամավորները կարծում են, որ վերջին շաբաթում չափազանց "
                "շատ օրինագծեր են շտապողականությամբ ընդունվել։ Խորհրդարանը "
                "արձակուրդ է գնում մինչև սեպտեմբերի վերջ, թեև հանձնաժողովները "
                "կարող են հրավիրել արտահերթ նիստեր։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "New consulate in Dubai to serve a growing community",
            "В Дубае открылось консульство для растущей общины соотечественников",
            "Դուբայում բացվել է հյուպատոսություն՝ աճող համայնքը սպասարկելու համար",
        ),
        "lead": t(
            "Until now, citizens living in the Emirates had to travel to the "
            "embassy in Abu Dhabi to renew a passport.",
            "До сих пор живущим в Эмиратах гражданам приходилось ездить в "
            "посольство в Абу-Даби, чтобы продлить паспорт.",
            "Մինչ այժմ Էմիրություններում բնակվող քաղաքացիները անձնագիր "
            "երկարաձգելու համար ստիպված էին մեկնել Աբու Դաբիում գտնվող "
            "դեսպանատուն։",
        ),
        "paragraphs": [
            t(
                "According to the foreign ministry, several thousand citizens now "
                "live and work in Dubai, many of them in construction, tourism and "
                "logistics. The consulate will issue passports, certify documents "
                "and register births.",
                "По данным МИД, в Дубае сейчас живут и работают несколько тысяч "
                "граждан страны, многие из них заняты в строительстве, туризме и "
                "логистике. Консульство будет выдавать паспорта, заверять "
                "документы и регистрировать рождения.",
                "Արտաքին գործերի նախարարության տվյալներով՝ Դուբայում այժմ ապրում և "
                "աշխատում են երկրի մի քանի հազար քաղաքացիներ, որոնցից շատերը "
                "զբաղված են շինարարության, զբոսաշրջության և լոգիստիկայի "
                "ոլորտներում։ Հյուպատոսությունը կտրամադրի անձնագրեր, կվավերացնի "
                "փաստաթղթեր և կգրանցի ծնունդներ։",
            ),
            t(
                "Appointments can be booked online, and the office will stay open "
                "on Saturdays. Community associations asked for a school of the "
                "native language, and the consulate promised to help find "
                "premises.",
                "Записаться на приём можно онлайн, а по субботам консульство тоже "
                "будет работать. Общественные объединения попросили открыть школу "
                "родного языка, и в консульстве пообещали помочь с поиском "
                "помещения.",
                "Ընդունելության կարելի է գրանցվել առցանց, իսկ հյուպատոսությունը "
                "կաշխատի նաև շաբաթ օրերին։ Համայնքային միավորումները խնդրել են "
                "բացել մայրենի լեզվի դպրոց, և հյուպատոսությունը խոստացել է օգնել "
                "տարածք գտնելու հարցում։",
            ),
        ],
        "tags": [11, 22],
    },
    {
        "headline": t(
            "Heating subsidies for mountain villages extended for another winter",
            "Субсидии на отопление для горных сёл продлены ещё на одну зиму",
            "Լեռնային գյուղերի ջեռուցման սուբսիդիաները երկարաձգվել են ևս մեկ ձմռան "
            "համար",
        ),
        "lead": t(
            "About 9,000 households above 1,500 metres will again receive help "
            "paying for gas, firewood or electricity.",
            "Около 9 тысяч домохозяйств, расположенных выше 1500 метров над "
            "уровнем моря, снова получат помощь в оплате газа, дров или "
            "электричества.",
            "Ծովի մակերևույթից 1500 մետրից բարձր գտնվող շուրջ 9 հազար տնային "
            "տնտեսություն կրկին օգնություն կստանա գազի, վառելափայտի կամ "
            "էլեկտրաէներգիայի վճարման համար։",
        ),
        "paragraphs": [
            t(
                "The cabinet decided to keep the scheme unchanged after winter "
                "temperatures in the mountains fell below minus twenty degrees "
                "several times last year. The money is paid automatically, without "
                "an application.",
                "Кабмин решил сохранить программу без изменений после того, как "
                "прошлой зимой в горах температура несколько раз опускалась ниже "
                "двадцати градусов мороза. Деньги начисляются автоматически, без "
                "заявления.",
                "Կառավարությունը որոշել է ծրագիրն անփոփոխ պահպանել, քանի որ անցյալ "
                "ձմռանը լեռներում ջերմաստիճանը մի քանի անգամ իջել էր մինչև մինուս "
                "քսան աստիճանից ցածր։ Գումարը հաշվարկվում է ավտոմատ կերպով՝ առանց "
                "դիմումի։",
            ),
            t(
                "Village heads say the subsidy helps older residents most, as many "
                "live alone in large stone houses. The energy ministry plans to "
                "add grants for insulating roofs from next year.",
                "Главы сёл говорят, что субсидия больше всего помогает пожилым "
                "жителям: многие из них живут одни в больших каменных домах. "
                "Министерство энергетики планирует со следующего года добавить "
                "гранты на утепление крыш.",
                "Գյուղապետները նշում են, որ սուբսիդիան ամենից շատ օգնում է տարեց "
                "բնակիչներին, քանի որ նրանցից շատերը միայնակ են ապրում մեծ քարե "
                "տներում։ Էներգետիկայի նախարարությունը նախատեսում է հաջորդ "
                "տարվանից ավելացնել տանիքների ջերմամեկուսացման դրամաշնորհներ։",
            ),
        ],
        "tags": [0],
    },
    {
        "headline": t(
            "Youth parliament holds its first session",
            "Молодёжный парламент провёл первое заседание",
            "Երիտասարդական խորհրդարանն անցկացրել է իր առաջին նիստը",
        ),
        "lead": t(
            "Eighty-one students aged 16 to 21 debated school meals, bus fares and "
            "summer jobs in the main chamber.",
            "Молодые депутаты — 81 школьник и студент в возрасте от 16 до 21 года "
            "— обсудили в главном зале школьное питание, стоимость проезда и "
            "летнюю работу.",
            "16-ից 21 տարեկան ութսունմեկ աշակերտ և ուսանող գլխավոր դահլիճում "
            "քննարկել են դպրոցական սնունդը, ուղեվարձը և ամառային աշխատանքը։",
        ),
        "paragraphs": [
            t(
                "The young deputies were chosen by their schools and universities "
                "in an online vote. They adopted three recommendations, including "
                "a student discount on intercity buses, which will be sent to the "
                "relevant ministries.",
                "Молодых депутатов выбрали в своих школах и вузах путём "
                "онлайн-голосования. Они приняли три рекомендации, в том числе о "
                "студенческой скидке на междугородние автобусы, которые направят в "
                "профильные министерства.",
                "Երիտասարդ պատգամավորներին ընտրել են իրենց դպրոցներում և բուհերում "
                "առցանց քվեարկությամբ։ Նրանք ընդունել են երեք առաջարկություն, այդ "
                "թվում՝ միջքաղաքային ավտոբուսներում ուսանողական զեղչի մասին, որոնք "
                "կուղարկվեն համապատասխան նախարարություններ։",
            ),
            t(
                "Ministries must reply within two months. The youth parliament "
                "will meet four times a year, and its members will also shadow "
                "deputies at committee meetings.",
                "Министерства обязаны ответить в течение двух месяцев. Молодёжный "
                "парламент будет собираться четыре раза в год, а его члены смогут "
                "также присутствовать на заседаниях комитетов вместе с депутатами.",
                "Նախարարությունները պարտավոր են պատասխանել երկու ամսվա ընթացքում։ "
                "Երիտասարդական խորհրդարանը կհավաքվի տարին չորս անգամ, և նրա "
                "անդամները կկարողանան պատգամավորների հետ մասնակցել նաև "
                "հանձնաժողովների նիստերին։",
            ),
        ],
        "tags": [5],
    },
    {
        "headline": t(
            "Public buildings to become fully accessible within five years",
            "Общественные здания в течение пяти лет должны стать полностью доступными",
            "Հասարակական շենքերը հինգ տարում պետք է լիովին մատչելի դառնան",
        ),
        "lead": t(
            "The new standard requires ramps, wide doors, lifts or platform lifts "
            "and tactile paving at every entrance.",
            "Новый стандарт требует пандусов, широких дверей, лифтов или подъёмных "
            "платформ и тактильной плитки у каждого входа.",
            "Նոր չափորոշիչը պահանջում է յուրաքանչյուր մուտքի մոտ թեքահարթակներ, "
            "լայն դռներ, վերելակներ կամ բարձրացնող հարթակներ և շոշափելի սալիկներ։",
        ),
        "paragraphs": [
            t(
                "The requirement applies to schools, clinics, post offices and "
                "government buildings. Owners of shops and cafés will get an extra "
                "two years and can apply for grants that cover part of the cost.",
                "Требование распространяется на школы, поликлиники, почтовые "
                "отделения и государственные учреждения. Владельцы магазинов и "
                "кафе получат ещё два года и смогут подать заявку на гранты, "
                "покрывающие часть расходов.",
                "Պահանջը տարածվում է դպրոցների, պոլիկլինիկաների, փոստային "
                "բաժանմունքների և պետական հաստատությունների վրա։ Խանութների և "
                "սրճարանների սեփականատերերը կստանան ևս երկու տարի և կկարողանան "
                "դիմել ծախսերի մի մասը ծածկող դրամաշնորհների համար։",
            ),
            t(
                "Organisations of people with disabilities helped draft the "
                "standard and will take part in inspections. Until now, many new "
                "ramps were too steep to use, they said.",
                "Организации людей с инвалидностью участвовали в разработке "
                "стандарта и будут участвовать в проверках. По их словам, до сих "
                "пор многие новые пандусы были слишком крутыми, чтобы ими "
                "пользоваться.",
                "Հաշմանդամություն ունեցող անձանց կազմակերպությունները մասնակցել են "
                "չափորոշիչի մշակմանը և կմասնակցեն նաև ստուգումներին։ Նրանց խոսքով՝ "
                "մինչ այժմ շատ նոր թեքահարթակներ չափազանց զառիթափ էին օգտագործելու "
                "համար։",
            ),
        ],
        "tags": [19],
    },
    {
        "headline": t(
            "Mobile notaries to visit villages twice a month",
            "Мобильные нотариусы будут дважды в месяц выезжать в сёла",
            "Շրջիկ նոտարները ամիսը երկու անգամ կայցելեն գյուղեր",
        ),
        "lead": t(
            "Residents of remote villages will be able to sign powers of attorney "
            "and inheritance papers without travelling to the district centre.",
            "Жители отдалённых сёл смогут оформить доверенности и документы о "
            "наследстве, не выезжая в районный центр.",
            "Հեռավոր գյուղերի բնակիչները կկարողանան լիազորագրեր և ժառանգության "
            "փաստաթղթեր ձևակերպել՝ առանց շրջկենտրոն մեկնելու։",
        ),
        "paragraphs": [
            t(
                "The justice ministry has equipped four minibuses as travelling "
                "offices with a printer, a document scanner and a satellite "
                "connection to the notary register. Schedules will be posted in "
                "village halls and announced by text message.",
                "Министерство юстиции оборудовало четыре микроавтобуса под "
                "выездные конторы с принтером, сканером документов и спутниковым "
                "подключением к нотариальному реестру. Расписание будут вывешивать "
                "в сельских администрациях и рассылать по SMS.",
                "Արդարադատության նախարարությունը չորս միկրոավտոբուս կահավորել է "
                "որպես շրջիկ գրասենյակներ՝ տպիչով, փաստաթղթերի սկաներով և "
                "նոտարական ռեեստրին արբանյակային միացմամբ։ Ժամանակացույցը կփակցվի "
                "գյուղապետարաններում և կուղարկվի SMS-ով։",
            ),
            t(
                "Fees will be the same as in a notary's office. The first trips "
                "will go to mountain villages in the north-west, where the nearest "
                "office is often more than two hours away by road.",
                "Тарифы будут такими же, как в нотариальной конторе. Первые выезды "
                "состоятся в горные сёла на северо-западе, где до ближайшей "
                "конторы нередко более двух часов езды.",
                "Վճարները նույնը կլինեն, ինչ նոտարական գրասենյակում։ Առաջին այցերը "
                "կկատարվեն հյուսիս-արևմուտքի լեռնային գյուղեր, որտեղից մինչև "
                "մոտակա գրասենյակ հաճախ ավելի քան երկու ժամվա ճանապարհ է։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Ban on thin plastic bags passes first reading",
            "Запрет на тонкие пластиковые пакеты прошёл первое чтение",
            "Բարակ պոլիէթիլենային տոպրակների արգելքն անցել է առաջին ընթերցումը",
        ),
        "lead": t(
            "Shops would have to stop handing out free bags thinner than fifty "
            "microns within a year of the law taking effect.",
            "Магазинам придётся прекратить бесплатную раздачу пакетов тоньше "
            "пятидесяти микрон в течение года после вступления закона в силу.",
            "Օրենքն ուժի մեջ մտնելուց հետո մեկ տարվա ընթացքում խանութները պետք է "
            "դադարեցնեն հիսուն միկրոնից բարակ տոպրակների անվճար բաժանումը։",
        ),
        "paragraphs": [
            t(
                "Environmental groups say such bags make up a large share of the "
                "litter on beaches and riverbanks. Packaging producers asked for a "
                "longer transition so that they can switch their lines to thicker, "
                "reusable bags.",
                "Экологи говорят, что такие пакеты составляют значительную часть "
                "мусора на пляжах и берегах рек. Производители упаковки попросили "
                "продлить переходный период, чтобы перевести линии на выпуск более "
                "плотных многоразовых пакетов.",
                "Բնապահպանների խոսքով՝ նման տոպրակները լողափերի և գետափերի աղբի "
                "զգալի մասն են կազմում։ Փաթեթավորման արտադրողները խնդրել են "
                "երկարաձգել անցումային շրջանը, որպեսզի իրենց արտադրագծերը "
                "վերակողմնորոշեն ավելի հաստ, բազմակի օգտագործման տոպրակների "
                "թողարկմանը։",
            ),
            t(
                "Markets and small grocers will get an extra six months. Before "
                "the second reading, the committee will consider whether paper "
                "bags should also carry a fee.",
                "Рынки и небольшие продуктовые лавки получат ещё полгода. До "
                "второго чтения комитет рассмотрит, не ввести ли плату и за "
                "бумажные пакеты.",
                "Շուկաները և մթերային փոքր խանութները կստանան ևս վեց ամիս։ Մինչև "
                "երկրորդ ընթերցումը հանձնաժողովը կքննարկի, թե արդյոք վճար պետք է "
                "սահմանել նաև թղթե տոպրակների համար։",
            ),
        ],
        "tags": [20],
    },
    {
        "headline": t(
            "Regional governors report on flood preparations to the cabinet",
            "Главы регионов отчитались перед кабмином о подготовке к паводкам",
            "Մարզպետները կառավարությանը զեկուցել են վարարումներին նախապատրաստվելու "
            "մասին",
        ),
        "lead": t(
            "Riverbanks have been reinforced in eleven districts, but several "
            "governors asked for more pumps and sandbags.",
            "Берега рек укреплены в одиннадцати районах, однако несколько глав "
            "регионов попросили дополнительные насосы и мешки с песком.",
            "Գետափերն ամրացվել են տասնմեկ շրջանում, սակայն մի քանի մարզպետ խնդրել "
            "են լրացուցիչ պոմպեր և ավազի պարկեր։",
        ),
        "paragraphs": [
            t(
                "The meeting was held after a snowy winter that forecasters expect "
                "to bring high water in April and May. The emergency ministry "
                "showed a new warning system that sends alerts to all phones in a "
                "threatened area.",
                "Совещание прошло после снежной зимы, из-за которой синоптики "
                "ожидают высокой воды в апреле и мае. Министерство по чрезвычайным "
                "ситуациям показало новую систему оповещения, которая рассылает "
                "предупреждения на все телефоны в зоне угрозы.",
                "Խորհրդակցությունն անցկացվել է ձյունառատ ձմռանից հետո, որի "
                "պատճառով օդերևութաբանները ապրիլին և մայիսին բարձր ջրեր են "
                "ակնկալում։ Արտակարգ իրավիճակների նախարարությունը ցուցադրել է "
                "ազդարարման նոր համակարգը, որը նախազգուշացումներ է ուղարկում "
                "վտանգի գոտում գտնվող բոլոր հեռախոսներին։",
            ),
            t(
                "The prime minister instructed governors to clear drainage "
                "channels by the end of the month and to check evacuation routes "
                "with local schools. A follow-up meeting will take place in three "
                "weeks.",
                "Премьер-министр поручил главам регионов до конца месяца "
                "расчистить дренажные каналы и вместе со школами проверить пути "
                "эвакуации. Повторное совещание пройдёт через три недели.",
                "Վարչապետը մարզպետներին հանձնարարել է մինչև ամսվա վերջ մաքրել "
                "ջրահեռացման առուները և դպրոցների հետ միասին ստուգել տարհանման "
                "ուղիները։ Հաջորդ խորհրդակցությունը կկայանա երեք շաբաթից։",
            ),
        ],
        "tags": [17, 3],
    },
    {
        "headline": t(
            "Parliament elects the country's first children's rights commissioner",
            "Парламент избрал первого в стране уполномоченного по правам ребёнка",
            "Խորհրդարանն ընտրել է երկրի առաջին երեխայի իրավունքների հանձնակատարին",
        ),
        "lead": t(
            "The new commissioner, a former paediatrician and school inspector, "
            "will serve a seven-year term.",
            "Новый уполномоченный — бывший педиатр и школьный инспектор — будет "
            "работать семь лет.",
            "Նոր հանձնակատարը՝ նախկին մանկաբույժ և դպրոցական տեսուչ, կպաշտոնավարի "
            "յոթ տարի։",
        ),
        "paragraphs": [
            t(
                "The post was created by a law adopted last year. The "
                "commissioner's office will be able to visit schools, children's "
                "homes and hospitals without warning and to receive complaints "
                "directly from children.",
                "Должность учреждена законом, принятым в прошлом году. Аппарат "
                "уполномоченного сможет без предупреждения посещать школы, детские "
                "дома и больницы и принимать жалобы непосредственно от детей.",
                "Պաշտոնը սահմանվել է անցյալ տարի ընդունված օրենքով։ Հանձնակատարի "
                "աշխատակազմը կկարողանա առանց նախազգուշացման այցելել դպրոցներ, "
                "մանկատներ և հիվանդանոցներ և բողոքներ ընդունել անմիջապես "
                "երեխաներից։",
            ),
            t(
                "In her first remarks she said she would start by listening to "
                "teenagers in rural areas. A free, child-friendly phone line will "
                "open before the end of the school year.",
                "В первом выступлении она сказала, что начнёт с того, что "
                "выслушает подростков из сельской местности. До конца учебного "
                "года заработает бесплатная телефонная линия для детей.",
                "Իր առաջին ելույթում նա ասել է, որ կսկսի գյուղական բնակավայրերի "
                "դեռահասներին լսելուց։ Մինչև ուսումնական տարվա ավարտը կգործարկվի "
                "երեխաների համար անվճար հեռախոսագիծ։",
            ),
        ],
        "tags": [5],
    },
    {
        "headline": t(
            "Petition for school buses in villages gathers 10,000 signatures",
            "Петиция о школьных автобусах для сёл собрала 10 тысяч подписей",
            "Գյուղերում դպրոցական ավտոբուսների մասին խնդրագիրը հավաքել է 10 հազար "
            "ստորագրություն",
        ),
        "lead": t(
            "It is the first petition on the new government portal to pass the "
            "threshold that obliges parliament to discuss it.",
            "Это первая петиция на новом правительственном портале, преодолевшая "
            "порог, после которого парламент обязан её рассмотреть.",
            "Սա կառավարության նոր հարթակում առաջին խնդրագիրն է, որը հաղթահարել է "
            "այն շեմը, որից հետո խորհրդարանը պարտավոր է այն քննարկել։",
        ),
        "paragraphs": [
            t(
                "The petition was started by a teacher whose pupils walk up to "
                "five kilometres to school along a busy road. It asks for buses on "
                "all routes longer than three kilometres.",
                "Петицию запустила учительница, чьи ученики ходят в школу пешком "
                "до пяти километров вдоль оживлённой трассы. Авторы просят пустить "
                "автобусы на всех маршрутах длиннее трёх километров.",
                "Խնդրագիրը նախաձեռնել է ուսուցչուհի, որի աշակերտները մինչև հինգ "
                "կիլոմետր ոտքով են գնում դպրոց՝ բանուկ ճանապարհի երկայնքով։ "
                "Հեղինակները խնդրում են ավտոբուսներ գործարկել երեք կիլոմետրից "
                "երկար բոլոր երթուղիներում։",
            ),
            t(
                "The education committee will hear the author and ministry "
                "officials within a month. The ministry says it is already mapping "
                "school routes and will present the costs at the hearing.",
                "Комитет по образованию в течение месяца заслушает автора петиции "
                "и представителей министерства. В министерстве говорят, что уже "
                "составляют карту школьных маршрутов и представят расчёты на "
                "слушаниях.",
                "Կրթության հանձնաժողովը մեկ ամսվա ընթացքում կլսի խնդրագրի "
                "հեղինակին և նախարարության ներկայացուցիչներին։ Նախարարությունում "
                "ասում են, որ արդեն կազմում են դպրոցական երթուղիների քարտեզը և "
                "ծախսերի հաշվարկը կներկայացնեն լսումներին։",
            ),
        ],
        "tags": [8, 5],
    },
]
