"""World: the section's stories, long reads first."""

from typing import Any

from .text import t

STORIES: list[dict[str, Any]] = [
    {
        "headline": t(
            "International conference in {city} focuses on water scarcity and drought",
            "Международная конференция в {city_loc} посвящена нехватке воды и засухам",
            "{city_loc} անցկացվող միջազգային համաժողովը նվիրված է ջրի սակավությանը "
            "և երաշտին",
        ),
        "lead": t(
            "Delegates from 40 countries discussed sharing river data and "
            "investing in water-saving technologies.",
            "Делегаты из 40 стран обсудили обмен данными о реках и инвестиции в "
            "водосберегающие технологии.",
            "40 երկրի պատվիրակները քննարկել են գետերի վերաբերյալ տվյալների "
            "փոխանակումը և ջրախնայող տեխնոլոգիաներում ներդրումները։",
        ),
        "paragraphs": [
            t(
                "The three-day conference brought together government officials, "
                "scientists, farmers' associations and representatives of "
                "international organisations. Much of the discussion centred on "
                "how river basins shared by several countries can be managed "
                "fairly.",
                "Трёхдневная конференция собрала представителей правительств, "
                "учёных, фермерских ассоциаций и международных организаций. "
                "Основная часть дискуссий была посвящена тому, как справедливо "
                "управлять речными бассейнами, которые делят несколько государств.",
                "Եռօրյա համաժողովին մասնակցում էին կառավարությունների պաշտոնյաներ, "
                "գիտնականներ, ֆերմերային միավորումների և միջազգային "
                "կազմակերպությունների ներկայացուցիչներ։ Քննարկումների մեծ մասը "
                "վերաբերում էր այն հարցին, թե ինչպես արդարացիորեն կառավարել մի "
                "քանի պետությունների միջև ընդհանուր գետային ավազանները։",
            ),
            t(
                "Scientists presented models showing that rising temperatures will "
                "increase demand for irrigation while reducing snowfall in the "
                "mountains. They urged governments to invest in reservoirs, modern "
                "canals and groundwater monitoring.",
                "Учёные представили модели, согласно которым рост температур "
                "увеличит потребность в орошении и одновременно сократит снегопады "
                "в горах. Они призвали правительства вкладывать средства в "
                "водохранилища, современные каналы и мониторинг подземных вод.",
                "Գիտնականները ներկայացրին մոդելներ, ըստ որոնց՝ ջերմաստիճանի "
                "բարձրացումը կավելացնի ոռոգման պահանջարկը և միաժամանակ կնվազեցնի "
                "լեռներում ձյան տեղումները։ Նրանք կոչ արեցին կառավարություններին "
                "ներդրումներ կատարել ջրամբարներում, ժամանակակից ջրանցքներում և "
                "ստորգետնյա ջրերի մշտադիտարկման մեջ։",
            ),
            t(
                "Farmers' representatives described practical solutions that "
                "already work, from drip irrigation to drought-resistant crop "
                "varieties. Several delegations proposed creating a shared online "
                "platform for hydrological data.",
                "Представители фермеров рассказали о практических решениях, "
                "которые уже работают, — от капельного орошения до "
                "засухоустойчивых сортов. Несколько делегаций предложили создать "
                "общую онлайн-платформу гидрологических данных.",
                "Ֆերմերների ներկայացուցիչները պատմեցին արդեն գործող գործնական "
                "լուծումների մասին՝ կաթիլային ոռոգումից մինչև երաշտադիմացկուն "
                "սորտեր։ Մի քանի պատվիրակություններ առաջարկեցին ստեղծել "
                "հիդրոլոգիական տվյալների ընդհանուր առցանց հարթակ։",
            ),
            t(
                "Alongside the conference, {city} hosted an exhibition of water "
                "technologies, where companies showed sensors, filters and "
                "desalination units. Students from local universities presented "
                "their own research projects.",
                "В рамках конференции в {city_loc} прошла выставка водных "
                "технологий, где компании показали датчики, фильтры и "
                "опреснительные установки. Студенты местных вузов представили "
                "собственные исследовательские проекты.",
                "Համաժողովի շրջանակում {city_loc} անցկացվեց ջրային տեխնոլոգիաների "
                "ցուցահանդես, որտեղ ընկերությունները ներկայացրին սենսորներ, "
                "ֆիլտրեր և աղազերծման կայանքներ։ Տեղական բուհերի ուսանողները "
                "ներկայացրին իրենց հետազոտական նախագծերը։",
            ),
            t(
                "The final declaration is not legally binding but sets out "
                "principles for cooperation. Participants agreed to meet again in "
                "{year} to review progress.",
                "Итоговая декларация не носит обязательного характера, но "
                "закрепляет принципы сотрудничества. Участники договорились вновь "
                "встретиться в {year} году, чтобы оценить достигнутое.",
                "Եզրափակիչ հռչակագիրն իրավականորեն պարտադիր չէ, սակայն ամրագրում է "
                "համագործակցության սկզբունքները։ Մասնակիցները պայմանավորվեցին "
                "կրկին հանդիպել {year} թվականին՝ ամփոփելու ձեռքբերումները։",
            ),
        ],
        "subheading": t(
            "Shared rivers, shared data",
            "Общие реки — общие данные",
            "Ընդհանուր գետեր՝ ընդհանուր տվյալներ",
        ),
        "quote": {
            "text": t(
                "Water does not recognise borders, so our solutions cannot stop at "
                "them either.",
                "Вода не признаёт границ, поэтому и наши решения не могут на них "
                "останавливаться.",
                "Ջուրը սահմաններ չի ճանաչում, ուստի մեր լուծումները նույնպես չեն "
                "կարող կանգ առնել դրանց մոտ։",
            ),
            "attribution": t(
                "Ingrid Halvorsen, hydrologist and conference co-chair",
                "Ингрид Хальворсен, гидролог, сопредседатель конференции",
                "Ինգրիդ Հալվորսեն, հիդրոլոգ, համաժողովի համանախագահ",
            ),
        },
        "facts_title": t(
            "The conference in brief",
            "Коротко о конференции",
            "Համաժողովի մասին հակիրճ",
        ),
        "facts": [
            t(
                "Countries represented: 40",
                "Стран-участниц: 40",
                "Մասնակից երկրներ՝ 40",
            ),
            t(
                "Duration: three days",
                "Продолжительность: три дня",
                "Տևողությունը՝ երեք օր",
            ),
            t(
                "Next meeting: {year}",
                "Следующая встреча: {year} год",
                "Հաջորդ հանդիպումը՝ {year} թվական",
            ),
        ],
        "tags": [3, 20, 11],
        "source": t(
            "Conference organising committee",
            "Оргкомитет конференции",
            "Համաժողովի կազմկոմիտե",
        ),
    },
    {
        "headline": t(
            "Small research satellite launched to monitor mountain glaciers",
            "На орбиту выведен небольшой исследовательский спутник для наблюдения "
            "за ледниками",
            "Ուղեծիր է դուրս բերվել լեռնային սառցադաշտերը դիտարկող փոքր "
            "հետազոտական արբանյակ",
        ),
        "lead": t(
            "The 60-kilogram satellite was built by a consortium of universities "
            "and will photograph glaciers in several mountain ranges.",
            "Спутник массой 60 кг создан консорциумом университетов и будет "
            "фотографировать ледники в нескольких горных системах.",
            "60 կիլոգրամ զանգվածով արբանյակը ստեղծվել է համալսարանների "
            "կոնսորցիումի կողմից և կլուսանկարի մի քանի լեռնային համակարգերի "
            "սառցադաշտերը։",
        ),
        "paragraphs": [
            t(
                "The satellite was launched as a secondary payload on a commercial "
                "rocket and reached its planned orbit about an hour later. Ground "
                "stations confirmed that it had deployed its solar panels and "
                "established a stable link.",
                "Спутник был запущен в качестве попутной нагрузки на коммерческой "
                "ракете и примерно через час вышел на расчётную орбиту. Наземные "
                "станции подтвердили, что он раскрыл солнечные панели и установил "
                "устойчивую связь.",
                "Արբանյակը արձակվել է առևտրային հրթիռով՝ որպես ուղեկցող բեռ, և մոտ "
                "մեկ ժամ անց դուրս է եկել նախատեսված ուղեծիր։ Վերգետնյա կայանները "
                "հաստատել են, որ այն բացել է արևային վահանակները և կայուն կապ է "
                "հաստատել։",
            ),
            t(
                "Its main instrument is a high-resolution camera able to detect "
                "changes at the edges of glaciers within a single season. The data "
                "will be freely available to researchers around the world.",
                "Главный прибор спутника — камера высокого разрешения, способная "
                "фиксировать изменения краёв ледников в течение одного сезона. "
                "Данные будут в открытом доступе для исследователей всего мира.",
                "Արբանյակի հիմնական սարքը բարձր լուծաչափով տեսախցիկ է, որն ունակ է "
                "մեկ սեզոնի ընթացքում արձանագրել սառցադաշտերի եզրերի "
                "փոփոխությունները։ Տվյալները բաց հասանելի կլինեն ամբողջ աշխարհի "
                "հետազոտողների համար։",
            ),
            t(
                "Glaciers feed many of the region's rivers, and their retreat "
                "affects agriculture and hydropower. Scientists hope the new "
                "images will improve forecasts of spring floods and summer water "
                "shortages.",
                "Ледники питают многие реки региона, и их отступление сказывается "
                "на сельском хозяйстве и гидроэнергетике. Учёные надеются, что "
                "новые снимки позволят точнее прогнозировать весенние паводки и "
                "летнюю нехватку воды.",
                "Սառցադաշտերը սնում են տարածաշրջանի բազմաթիվ գետեր, և դրանց "
                "նահանջը ազդում է գյուղատնտեսության և հիդրոէներգետիկայի վրա։ "
                "Գիտնականները հույս ունեն, որ նոր պատկերները թույլ կտան ավելի "
                "ճշգրիտ կանխատեսել գարնանային վարարումները և ամառային ջրի պակասը։",
            ),
            t(
                "Students took part in every stage of the project, from assembling "
                "circuit boards to writing the flight software. A receiving "
                "antenna on a university roof in {city} will download images "
                "several times a day.",
                "Студенты участвовали во всех этапах проекта — от сборки плат до "
                "написания бортового программного обеспечения. Приёмная антенна на "
                "крыше университета в {city_loc} будет несколько раз в день "
                "загружать снимки.",
                "Ուսանողները մասնակցել են նախագծի բոլոր փուլերին՝ սխեմաների "
                "հավաքումից մինչև թռիչքային ծրագրային ապահովման գրումը։ {city_gen} "
                "համալսարանի տանիքին տեղադրված ընդունիչ ալեհավաքը օրական մի քանի "
                "անգամ կներբեռնի պատկերները։",
            ),
            t(
                "The mission is designed to last at least three years. The "
                "consortium is already discussing a second satellite with an "
                "infrared sensor, which could be launched in {year}.",
                "Миссия рассчитана минимум на три года. Консорциум уже обсуждает "
                "второй спутник с инфракрасным датчиком, запуск которого возможен "
                "в {year} году.",
                "Առաքելությունը նախատեսված է առնվազն երեք տարվա համար։ "
                "Կոնսորցիումն արդեն քննարկում է ինֆրակարմիր սենսորով երկրորդ "
                "արբանյակի ստեղծումը, որը կարող է արձակվել {year} թվականին։",
            ),
        ],
        "subheading": t(
            "Students at the controls",
            "Студенты за пультом",
            "Ուսանողները՝ կառավարման վահանակի մոտ",
        ),
        "quote": {
            "text": t(
                "Two years ago this satellite was a drawing on a whiteboard; today "
                "it is sending us pictures.",
                "Два года назад этот спутник был рисунком на доске, а сегодня он "
                "присылает нам снимки.",
                "Երկու տարի առաջ այս արբանյակը պարզապես գծանկար էր գրատախտակին, "
                "իսկ այսօր այն մեզ լուսանկարներ է ուղարկում։",
            ),
            "attribution": t(
                "Lukas Brenner, professor and head of the university consortium",
                "Лукас Бреннер, профессор, руководитель университетского консорциума",
                "Լուկաս Բրեններ, պրոֆեսոր, համալսարանական կոնսորցիումի ղեկավար",
            ),
        },
        "facts_title": t(
            "Mission facts",
            "О миссии",
            "Առաքելության մասին",
        ),
        "facts": [
            t(
                "Satellite mass: 60 kg",
                "Масса спутника: 60 кг",
                "Արբանյակի զանգվածը՝ 60 կգ",
            ),
            t(
                "Planned service life: at least three years",
                "Срок службы: не менее трёх лет",
                "Ծառայության ժամկետը՝ առնվազն երեք տարի",
            ),
            t(
                "Possible second launch: {year}",
                "Возможный второй запуск: {year} год",
                "Հնարավոր երկրորդ արձակումը՝ {year} թվական",
            ),
        ],
        "tags": [21, 3, 8],
    },
    {
        "headline": t(
            "Night train network expands with new routes linking European capitals",
            "Сеть ночных поездов в Европе пополнилась новыми маршрутами между столицами",
            "Եվրոպայում գիշերային գնացքների ցանցը համալրվել է մայրաքաղաքները կապող "
            "նոր երթուղիներով",
        ),
        "lead": t(
            "Operators say demand has grown by 25 percent as travellers look for "
            "alternatives to short-haul flights.",
            "По словам перевозчиков, спрос вырос на 25%: путешественники ищут "
            "альтернативу коротким авиаперелётам.",
            "Փոխադրողների խոսքով՝ պահանջարկն աճել է 25 տոկոսով, քանի որ "
            "ճանապարհորդները այլընտրանք են փնտրում կարճ ավիաչվերթներին։",
        ),
        "paragraphs": [
            t(
                "The new services include sleeper carriages with private "
                "compartments, couchettes and a dining car. Trains leave in the "
                "evening and arrive in the morning, so passengers save the cost of "
                "a night in a hotel.",
                "Новые поезда включают спальные вагоны с отдельными купе, вагоны с "
                "полками и вагон-ресторан. Составы отправляются вечером и "
                "прибывают утром, что позволяет пассажирам сэкономить на ночёвке в "
                "отеле.",
                "Նոր գնացքներն ունեն առանձին կուպեներով ննջավագոններ, դարակավոր "
                "վագոններ և վագոն-ռեստորան։ Գնացքները մեկնում են երեկոյան և "
                "ժամանում առավոտյան, ինչը թույլ է տալիս ուղևորներին խնայել "
                "հյուրանոցում գիշերակացի վրա։",
            ),
            t(
                "Rail companies from several countries had to coordinate "
                "timetables, safety rules and ticketing systems. Tickets can now "
                "be bought on a single website, although prices vary with the "
                "season.",
                "Железнодорожным компаниям нескольких стран пришлось согласовать "
                "расписание, правила безопасности и системы продажи билетов. "
                "Теперь билеты можно купить на одном сайте, хотя цены зависят от "
                "сезона.",
                "Մի քանի երկրների երկաթուղային ընկերությունները ստիպված են եղել "
                "համաձայնեցնել չվացուցակները, անվտանգության կանոնները և տոմսերի "
                "վաճառքի համակարգերը։ Այժմ տոմսերը կարելի է գնել մեկ կայքում, թեև "
                "գները կախված են սեզոնից։",
            ),
            t(
                "On the first night, the trains carried families, business "
                "travellers and groups of students. Transport experts say similar "
                "services could one day link {city} with neighbouring capitals.",
                "В первую ночь поездами воспользовались семьи, бизнесмены и группы "
                "студентов. По мнению транспортных экспертов, подобные маршруты со "
                "временем могли бы связать {city_acc} с соседними столицами.",
                "Առաջին գիշերը գնացքներից օգտվեցին ընտանիքներ, գործարարներ և "
                "ուսանողների խմբեր։ Տրանսպորտի փորձագետների կարծիքով՝ նման "
                "երթուղիները ժամանակի ընթացքում կարող են {city_def} կապել հարևան "
                "մայրաքաղաքների հետ։",
            ),
            t(
                "Critics point out that night trains are expensive to run and have "
                "struggled to compete with low-cost airlines in the past. "
                "Supporters argue that new rolling stock and growing environmental "
                "awareness have changed the equation.",
                "Критики указывают, что ночные поезда дороги в эксплуатации и в "
                "прошлом с трудом конкурировали с бюджетными авиакомпаниями. "
                "Сторонники возражают, что новый подвижной состав и растущее "
                "внимание к экологии изменили расклад.",
                "Քննադատները նշում են, որ գիշերային գնացքների շահագործումը թանկ է, "
                "և անցյալում դրանք դժվարությամբ էին մրցակցում էժան "
                "ավիաընկերությունների հետ։ Կողմնակիցներն առարկում են, որ նոր "
                "շարժակազմը և բնապահպանական խնդիրների նկատմամբ աճող ուշադրությունը "
                "փոխել են իրավիճակը։",
            ),
            t(
                "Operators plan to add more routes in {year}, including "
                "connections to coastal resorts. Discounts for young people and "
                "families are also under consideration.",
                "В {year} году перевозчики планируют добавить новые направления, "
                "включая курорты на побережье. Рассматриваются также скидки для "
                "молодёжи и семей.",
                "{year} թվականին փոխադրողները նախատեսում են ավելացնել նոր "
                "ուղղություններ, այդ թվում՝ դեպի ծովափնյա հանգստավայրեր։ "
                "Քննարկվում են նաև զեղչեր երիտասարդների և ընտանիքների համար։",
            ),
        ],
        "subheading": t(
            "Falling asleep in one country, waking up in another",
            "Уснуть в одной стране, проснуться в другой",
            "Քնել մի երկրում, արթնանալ մեկ այլում",
        ),
        "quote": {
            "text": t(
                "You close your eyes in one capital and open them in another. That "
                "is the best argument for the night train.",
                "Закрываешь глаза в одной столице, открываешь в другой — это "
                "лучший аргумент в пользу ночного поезда.",
                "Աչքերդ փակում ես մի մայրաքաղաքում և բացում մեկ այլում։ Սա "
                "գիշերային գնացքի օգտին լավագույն փաստարկն է։",
            ),
            "attribution": t(
                "Marta Kowalczyk, spokesperson for the rail operators' association",
                "Марта Ковальчик, пресс-секретарь ассоциации железнодорожных операторов",
                "Մարտա Կովալչիկ, երկաթուղային օպերատորների ասոցիացիայի մամուլի խոսնակ",
            ),
        },
        "facts_title": t(
            "Night trains in numbers",
            "Ночные поезда в цифрах",
            "Գիշերային գնացքները թվերով",
        ),
        "facts": [
            t(
                "Growth in demand: 25%",
                "Рост спроса: 25%",
                "Պահանջարկի աճը՝ 25%",
            ),
            t(
                "One website for all tickets",
                "Единый сайт для покупки билетов",
                "Տոմսերի վաճառքի միասնական կայք",
            ),
            t(
                "New routes planned for {year}",
                "Новые маршруты запланированы на {year} год",
                "Նոր երթուղիներ՝ {year} թվականին",
            ),
        ],
        "tags": [1, 7, 20],
    },
    {
        "headline": t(
            "International lenders slightly raise their forecast for global growth",
            "Международные финансовые институты немного повысили прогноз роста "
            "мировой экономики",
            "Միջազգային ֆինանսական կառույցները մի փոքր բարձրացրել են համաշխարհային "
            "աճի կանխատեսումը",
        ),
        "lead": t(
            "Economists cite easing inflation and resilient consumer spending, but "
            "warn that trade tensions remain a risk.",
            "Экономисты указывают на замедление инфляции и устойчивый "
            "потребительский спрос, но предупреждают, что торговые разногласия "
            "остаются риском.",
            "Տնտեսագետները նշում են գնաճի դանդաղումը և սպառողական պահանջարկի "
            "կայունությունը, սակայն զգուշացնում են, որ առևտրային լարվածությունը "
            "մնում է ռիսկ։",
        ),
        "paragraphs": [
            t(
                "According to the updated report, growth in advanced economies "
                "will remain moderate, while emerging markets are expected to "
                "expand faster. Lower energy prices and a recovery in tourism have "
                "supported many countries.",
                "Согласно обновлённому докладу, рост в развитых экономиках "
                "останется умеренным, тогда как развивающиеся рынки, как "
                "ожидается, будут расти быстрее. Многим странам помогли снижение "
                "цен на энергоносители и восстановление туризма.",
                "Թարմացված զեկույցի համաձայն՝ զարգացած տնտեսություններում աճը կմնա "
                "չափավոր, իսկ զարգացող շուկաները, ինչպես ակնկալվում է, ավելի արագ "
                "կաճեն։ Շատ երկրների օգնել են էներգակիրների գների նվազումը և "
                "զբոսաշրջության վերականգնումը։",
            ),
            t(
                "The report notes that inflation has fallen in most regions, "
                "allowing several central banks to begin cutting interest rates. "
                "Housing and services, however, are still becoming more expensive "
                "faster than the long-term average.",
                "В докладе отмечается, что инфляция снизилась в большинстве "
                "регионов, что позволило ряду центробанков начать снижение ставок. "
                "Однако жильё и услуги по-прежнему дорожают быстрее среднего "
                "долгосрочного уровня.",
                "Զեկույցում նշվում է, որ գնաճը նվազել է տարածաշրջանների մեծ "
                "մասում, ինչը մի շարք կենտրոնական բանկերի թույլ է տվել սկսել "
                "տոկոսադրույքների իջեցումը։ Սակայն բնակարանների և ծառայությունների "
                "գներն աճում են երկարաժամկետ միջինից ավելի արագ։",
            ),
            t(
                "Economists highlight trade restrictions and high public debt as "
                "the main risks. They call on governments to invest in education "
                "and infrastructure while keeping budgets under control.",
                "Главными рисками экономисты называют торговые ограничения и "
                "высокий государственный долг. Они призывают правительства "
                "инвестировать в образование и инфраструктуру, сохраняя контроль "
                "над бюджетом.",
                "Որպես հիմնական ռիսկեր տնտեսագետները նշում են առևտրային "
                "սահմանափակումները և պետական պարտքի բարձր մակարդակը։ Նրանք կոչ են "
                "անում կառավարություններին ներդրումներ կատարել կրթության և "
                "ենթակառուցվածքների մեջ՝ միաժամանակ վերահսկելով բյուջեն։",
            ),
            t(
                "For the South Caucasus and Central Asia, the report names strong "
                "demand for transit services and remittances as sources of growth. "
                "Analysts in {city} say diversifying beyond raw materials remains "
                "the key long-term task.",
                "Для Южного Кавказа и Центральной Азии источниками роста в докладе "
                "названы высокий спрос на транзитные услуги и денежные переводы. "
                "Аналитики в {city_loc} считают, что ключевой долгосрочной задачей "
                "остаётся диверсификация экономики за пределами сырьевого сектора.",
                "Հարավային Կովկասի և Կենտրոնական Ասիայի համար զեկույցում որպես աճի "
                "աղբյուրներ նշվում են տարանցիկ ծառայությունների բարձր պահանջարկը և "
                "դրամական փոխանցումները։ {city_gen} վերլուծաբանների կարծիքով՝ "
                "երկարաժամկետ հիմնական խնդիրը մնում է տնտեսության "
                "դիվերսիֆիկացումը՝ հումքային ոլորտից դուրս։",
            ),
            t(
                "The next update of the forecast will be published in {year}. The "
                "authors stress that the figures may be revised if commodity "
                "prices change sharply.",
                "Следующее обновление прогноза будет опубликовано в {year} году. "
                "Авторы подчёркивают, что цифры могут быть пересмотрены в случае "
                "резких колебаний цен на сырьё.",
                "Կանխատեսման հաջորդ թարմացումը կհրապարակվի {year} թվականին։ "
                "Հեղինակներն ընդգծում են, որ թվերը կարող են վերանայվել հումքի "
                "գների կտրուկ փոփոխության դեպքում։",
            ),
        ],
        "subheading": t(
            "Risks remain",
            "Риски сохраняются",
            "Ռիսկերը պահպանվում են",
        ),
        "quote": {
            "text": t(
                "The global economy has proved more resilient than many expected, "
                "but resilience is not the same as strength.",
                "Мировая экономика оказалась устойчивее, чем многие ожидали, но "
                "устойчивость ещё не означает силу.",
                "Համաշխարհային տնտեսությունն ավելի կայուն դուրս եկավ, քան շատերն "
                "էին սպասում, սակայն կայունությունը դեռ չի նշանակում ուժ։",
            ),
            "attribution": t(
                "Daniel Okafor, chief economist at an international development "
                "institute",
                "Дэниел Окафор, главный экономист международного института развития",
                "Դենիել Օկաֆոր, զարգացման միջազգային ինստիտուտի գլխավոր տնտեսագետ",
            ),
        },
        "facts_title": t(
            "Report highlights",
            "Главное в докладе",
            "Զեկույցի հիմնական դրույթները",
        ),
        "facts": [
            t(
                "Economists surveyed: 120",
                "Опрошено экономистов: 120",
                "Հարցված տնտեսագետներ՝ 120",
            ),
            t(
                "Main risks: trade restrictions and public debt",
                "Главные риски: торговые ограничения и госдолг",
                "Հիմնական ռիսկերը՝ առևտրային սահմանափակումներ և պետական պարտք",
            ),
            t(
                "Next update: {year}",
                "Следующее обновление: {year} год",
                "Հաջորդ թարմացումը՝ {year} թվական",
            ),
        ],
        "tags": [10, 18],
        "source": t(
            "Report of an international financial institution",
            "Доклад международного финансового института",
            "Միջազգային ֆինանսական կառույցի զեկույց",
        ),
    },
    {
        "headline": t(
            "European countries ease rules for seasonal agricultural workers",
            "Ряд европейских стран упростил правила найма сезонных сельхозработников",
            "Եվրոպական մի շարք երկրներ պարզեցրել են սեզոնային գյուղատնտեսական "
            "աշխատողների ընդունման կանոնները",
        ),
        "lead": t(
            "The changes shorten visa processing and let experienced workers "
            "return to the same employer in later seasons.",
            "Изменения сокращают сроки оформления виз и позволяют опытным "
            "работникам возвращаться к тому же работодателю в следующие сезоны.",
            "Փոփոխությունները կրճատում են վիզաների ձևակերպման ժամկետները և թույլ "
            "են տալիս փորձառու աշխատողներին հաջորդ սեզոններին վերադառնալ նույն "
            "գործատուի մոտ։",
        ),
        "paragraphs": [
            t(
                "Farmers in several European countries have long complained about "
                "a shortage of hands at harvest time. Fruit and vegetable growers "
                "say that without seasonal workers, part of the crop would simply "
                "stay in the fields.",
                "Фермеры ряда европейских стран давно жалуются на нехватку рабочих "
                "рук во время сбора урожая. Производители фруктов и овощей "
                "говорят, что без сезонных работников часть урожая просто осталась "
                "бы в поле.",
                "Եվրոպական մի շարք երկրների ֆերմերները վաղուց են բողոքում "
                "բերքահավաքի ժամանակ աշխատուժի պակասից։ Մրգեր և բանջարեղեն "
                "արտադրողներն ասում են, որ առանց սեզոնային աշխատողների բերքի մի "
                "մասը պարզապես կմնար դաշտում։",
            ),
            t(
                "Under the new rules, applications will be processed online, and "
                "workers who have already completed a season without violations "
                "will be able to obtain a multi-year permit. Employers must "
                "provide accommodation that meets minimum standards.",
                "По новым правилам заявки будут рассматриваться онлайн, а "
                "работники, уже отработавшие сезон без нарушений, смогут получить "
                "многолетнее разрешение. Работодатели обязаны предоставлять жильё, "
                "соответствующее минимальным стандартам.",
                "Նոր կանոնների համաձայն՝ դիմումները կքննարկվեն առցանց, իսկ առանց "
                "խախտումների մեկ սեզոն աշխատած աշխատողները կկարողանան ստանալ "
                "բազմամյա թույլտվություն։ Գործատուները պարտավոր են տրամադրել "
                "նվազագույն չափանիշներին համապատասխանող կացարան։",
            ),
            t(
                "Trade unions welcomed the simplification but called for stricter "
                "inspections of working conditions. They noted that seasonal "
                "workers are often unaware of their rights and hesitate to report "
                "problems.",
                "Профсоюзы приветствовали упрощение, но призвали ужесточить "
                "проверки условий труда. Они отметили, что сезонные работники "
                "часто не знают своих прав и не решаются сообщать о нарушениях.",
                "Արհմիությունները ողջունեցին պարզեցումը, սակայն կոչ արեցին "
                "խստացնել աշխատանքային պայմանների ստուգումները։ Նրանք նշեցին, որ "
                "սեզոնային աշխատողները հաճախ տեղյակ չեն իրենց իրավունքներին և չեն "
                "համարձակվում հայտնել խախտումների մասին։",
            ),
            t(
                "Recruitment agencies in {city} report growing interest from young "
                "people looking for summer work abroad. Experts advise applicants "
                "to use only licensed agencies and to read their contracts "
                "carefully before leaving.",
                "Кадровые агентства в {city_loc} отмечают растущий интерес "
                "молодёжи к летней работе за границей. Эксперты советуют "
                "пользоваться услугами только лицензированных агентств и "
                "внимательно читать контракт до отъезда.",
                "{city_gen} աշխատանքի տեղավորման գործակալությունները նշում են "
                "արտասահմանում ամառային աշխատանք փնտրող երիտասարդների աճող "
                "հետաքրքրությունը։ Փորձագետները խորհուրդ են տալիս դիմել միայն "
                "լիցենզավորված գործակալությունների և մեկնելուց առաջ ուշադիր կարդալ "
                "պայմանագիրը։",
            ),
            t(
                "The new rules are expected to be fully in place before the {year} "
                "season. Governments will assess the results after the first year "
                "and may extend the scheme to other sectors, such as tourism.",
                "Ожидается, что новые правила полностью заработают до начала "
                "сезона {year} года. Правительства оценят результаты по итогам "
                "первого года и, возможно, распространят схему на другие отрасли, "
                "например на туризм.",
                "Ակնկալվում է, որ նոր կանոններն ամբողջությամբ կգործեն մինչև {year} "
                "թվականի սեզոնի մեկնարկը։ Կառավարությունները առաջին տարվա "
                "արդյունքներով կգնահատեն դրանք և, հնարավոր է, սխեման կտարածեն այլ "
                "ոլորտների վրա, օրինակ՝ զբոսաշրջության։",
            ),
        ],
        "subheading": t(
            "Unions call for inspections",
            "Профсоюзы требуют проверок",
            "Արհմիությունները ստուգումներ են պահանջում",
        ),
        "quote": {
            "text": t(
                "A fair system must be simple for employers and safe for workers "
                "at the same time.",
                "Справедливая система должна быть одновременно простой для "
                "работодателей и безопасной для работников.",
                "Արդար համակարգը պետք է միաժամանակ պարզ լինի գործատուների համար և "
                "անվտանգ՝ աշխատողների համար։",
            ),
            "attribution": t(
                "Helena Vogt, labour migration researcher",
                "Хелена Фогт, исследователь трудовой миграции",
                "Հելենա Ֆոգտ, աշխատանքային միգրացիայի հետազոտող",
            ),
        },
        "facts_title": t(
            "What changes",
            "Что меняется",
            "Ինչ է փոխվում",
        ),
        "facts": [
            t(
                "Applications processed online",
                "Заявки рассматриваются онлайн",
                "Դիմումները քննվում են առցանց",
            ),
            t(
                "Multi-year permits for returning workers",
                "Многолетние разрешения для тех, кто приезжает повторно",
                "Բազմամյա թույլտվություններ վերադարձող աշխատողների համար",
            ),
            t(
                "Full launch: before the {year} season",
                "Полный запуск: до сезона {year} года",
                "Լիարժեք մեկնարկը՝ մինչև {year} թվականի սեզոնը",
            ),
        ],
        "tags": [22, 9],
    },
    {
        "headline": t(
            "Talks on a global plastics treaty enter their final round",
            "Переговоры о глобальном договоре по пластику вышли на финальный раунд",
            "Պլաստիկի մասին համաշխարհային պայմանագրի շուրջ բանակցությունները մտել "
            "են եզրափակիչ փուլ",
        ),
        "lead": t(
            "Delegations remain divided over whether to cap the production of new "
            "plastic or focus only on waste.",
            "Делегации так и не договорились, ограничивать ли производство нового "
            "пластика или заниматься только отходами.",
            "Պատվիրակությունները դեռ չեն համաձայնել՝ սահմանափակել նոր պլաստիկի "
            "արտադրությունը, թե զբաղվել միայն թափոններով։",
        ),
        "paragraphs": [
            t(
                "Negotiators from more than 170 countries have two weeks to agree "
                "on a text. Island states and many African countries want binding "
                "limits, while several producing countries prefer national "
                "targets.",
                "У переговорщиков из более чем 170 стран есть две недели, чтобы "
                "согласовать текст. Островные государства и многие африканские "
                "страны добиваются обязательных ограничений, тогда как ряд "
                "стран-производителей предпочитает национальные цели.",
                "Ավելի քան 170 երկրի բանակցողները երկու շաբաթ ունեն տեքստը "
                "համաձայնեցնելու համար։ Կղզիական պետությունները և աֆրիկյան շատ "
                "երկրներ պնդում են պարտադիր սահմանափակումների վրա, մինչդեռ "
                "արտադրող մի շարք երկրներ նախընտրում են ազգային թիրախներ։",
            ),
            t(
                "Observers say a compromise could include a ban on some single-use "
                "items and common rules for labelling recycled content. "
                "Environmental groups have staged quiet protests outside the venue "
                "every morning.",
                "По мнению наблюдателей, компромисс может включать запрет на "
                "некоторые одноразовые изделия и единые правила маркировки "
                "вторсырья. Экологические организации каждое утро проводят тихие "
                "акции у места переговоров.",
                "Դիտորդների կարծիքով՝ փոխզիջումը կարող է ներառել որոշ միանգամյա "
                "օգտագործման իրերի արգելք և վերամշակված հումքի պիտակավորման "
                "ընդհանուր կանոններ։ Բնապահպանական կազմակերպությունները ամեն "
                "առավոտ լուռ ակցիաներ են անցկացնում բանակցությունների վայրի մոտ։",
            ),
        ],
        "tags": [20, 11],
    },
    {
        "headline": t(
            "Southern Europe swelters in an early heatwave",
            "Юг Европы накрыла ранняя жара",
            "Հարավային Եվրոպայում սկսվել է վաղաժամ շոգ",
        ),
        "lead": t(
            "Temperatures above 40 degrees have been recorded in Spain, Italy and "
            "Greece weeks before the usual peak of summer.",
            "В Испании, Италии и Греции столбики термометров поднялись выше 40 "
            "градусов за несколько недель до обычного пика лета.",
            "Իսպանիայում, Իտալիայում և Հունաստանում ջերմաստիճանը բարձրացել է 40 "
            "աստիճանից վեր՝ ամառվա սովորական գագաթնակետից մի քանի շաբաթ առաջ։",
        ),
        "paragraphs": [
            t(
                "Several cities have opened air-conditioned public buildings as "
                "cooling centres and changed school hours. Outdoor work has been "
                "restricted in the afternoon in parts of Italy.",
                "В ряде городов кондиционируемые общественные здания превратили в "
                "пункты охлаждения и изменили расписание занятий в школах. В "
                "некоторых районах Италии работы на открытом воздухе во второй "
                "половине дня ограничены.",
                "Մի շարք քաղաքներում օդորակվող հասարակական շենքերը վերածվել են "
                "զովացման կետերի, և փոխվել է դպրոցների դասացուցակը։ Իտալիայի որոշ "
                "շրջաններում կեսօրից հետո սահմանափակվել են բացօթյա աշխատանքները։",
            ),
            t(
                "Firefighters are on high alert after a dry spring. Tourists are "
                "advised to drink plenty of water, avoid the midday sun and check "
                "local fire warnings before hiking.",
                "После засушливой весны пожарные находятся в состоянии повышенной "
                "готовности. Туристам советуют пить больше воды, избегать "
                "полуденного солнца и перед походами проверять местные "
                "предупреждения о пожарах.",
                "Չորային գարնանից հետո հրշեջները գտնվում են բարձր "
                "պատրաստականության վիճակում։ Զբոսաշրջիկներին խորհուրդ է տրվում շատ "
                "ջուր խմել, խուսափել կեսօրվա արևից և արշավներից առաջ ստուգել "
                "հրդեհների մասին տեղական նախազգուշացումները։",
            ),
        ],
        "tags": [3, 17],
    },
    {
        "headline": t(
            "World wheat prices fall after bumper harvests",
            "Мировые цены на пшеницу снизились после рекордных урожаев",
            "Ցորենի համաշխարհային գները նվազել են ռեկորդային բերքից հետո",
        ),
        "lead": t(
            "Large crops in the Black Sea region, Australia and Argentina have "
            "pushed prices to their lowest level in four years.",
            "Богатые урожаи в Причерноморье, Австралии и Аргентине опустили цены "
            "до минимума за четыре года.",
            "Սևծովյան տարածաշրջանում, Ավստրալիայում և Արգենտինայում առատ բերքը "
            "գներն իջեցրել է վերջին չորս տարվա նվազագույնին։",
        ),
        "paragraphs": [
            t(
                "Importing countries in North Africa and the Middle East have "
                "taken advantage of the lower prices to rebuild their reserves. "
                "Bakers in several countries have said bread prices may stop "
                "rising.",
                "Страны-импортёры Северной Африки и Ближнего Востока "
                "воспользовались снижением цен, чтобы пополнить запасы. Пекари в "
                "ряде стран говорят, что хлеб может перестать дорожать.",
                "Հյուսիսային Աֆրիկայի և Մերձավոր Արևելքի ներմուծող երկրներն օգտվել "
                "են գների նվազումից՝ պաշարները համալրելու համար։ Մի շարք երկրների "
                "հացթուխներ ասում են, որ հացը կարող է դադարել թանկանալ։",
            ),
            t(
                "Farmers' organisations warn that low prices combined with "
                "expensive fertiliser could lead some growers to plant less next "
                "season. Analysts will be watching the weather in North America "
                "closely.",
                "Фермерские организации предупреждают, что низкие цены в сочетании "
                "с дорогими удобрениями могут заставить часть производителей "
                "сократить посевы в следующем сезоне. Аналитики будут внимательно "
                "следить за погодой в Северной Америке.",
                "Ֆերմերային կազմակերպությունները զգուշացնում են, որ ցածր գները "
                "թանկ պարարտանյութերի հետ միասին կարող են ստիպել արտադրողների մի "
                "մասին հաջորդ սեզոնին կրճատել ցանքատարածությունները։ "
                "Վերլուծաբանները ուշադիր կհետևեն Հյուսիսային Ամերիկայի եղանակին։",
            ),
        ],
        "tags": [9, 10],
    },
    {
        "headline": t(
            "Private lander touches down on the Moon and sends its first pictures",
            "Частный посадочный модуль сел на Луну и передал первые снимки",
            "Մասնավոր վայրէջքային սարքը իջել է Լուսնի վրա և ուղարկել առաջին "
            "լուսանկարները",
        ),
        "lead": t(
            "The small spacecraft carries instruments from several universities to "
            "study dust and temperature near the lunar south pole.",
            "Небольшой аппарат доставил приборы нескольких университетов для "
            "изучения пыли и температуры вблизи южного полюса Луны.",
            "Փոքր սարքը տեղ է հասցրել մի քանի համալսարանների գործիքներ՝ Լուսնի "
            "հարավային բևեռի մոտ փոշին և ջերմաստիճանը ուսումնասիրելու համար։",
        ),
        "paragraphs": [
            t(
                "Engineers confirmed a soft landing after a tense descent in which "
                "the craft had to avoid a field of boulders. The first images show "
                "a grey plain with long shadows cast by the low sun.",
                "Инженеры подтвердили мягкую посадку после напряжённого спуска, во "
                "время которого аппарату пришлось обходить поле валунов. На первых "
                "снимках — серая равнина с длинными тенями от низкого солнца.",
                "Ինժեներները հաստատել են փափուկ վայրէջքը լարված իջնելուց հետո, որի "
                "ընթացքում սարքը ստիպված էր շրջանցել քարաբեկորների դաշտը։ Առաջին "
                "լուսանկարներում երևում է մոխրագույն հարթավայր՝ ցածր արևից ընկած "
                "երկար ստվերներով։",
            ),
            t(
                "The mission is planned to last about two weeks, until the lunar "
                "night falls. Scientists hope the data will help future crews "
                "protect equipment from the fine, abrasive dust.",
                "Миссия рассчитана примерно на две недели — до наступления лунной "
                "ночи. Учёные надеются, что полученные данные помогут будущим "
                "экипажам защищать оборудование от мелкой абразивной пыли.",
                "Առաքելությունը նախատեսված է մոտ երկու շաբաթ՝ մինչև լուսնային "
                "գիշերվա սկիզբը։ Գիտնականները հույս ունեն, որ ստացված տվյալները "
                "կօգնեն ապագա անձնակազմերին սարքավորումները պաշտպանել մանր, հղկող "
                "փոշուց։",
            ),
        ],
        "tags": [21],
    },
    {
        "headline": t(
            "European central banks pause their rate cuts",
            "Европейские центробанки взяли паузу в снижении ставок",
            "Եվրոպական կենտրոնական բանկերը դադար են վերցրել տոկոսադրույքների "
            "նվազեցման հարցում",
        ),
        "lead": t(
            "Policymakers said they wanted more evidence that wage growth was "
            "slowing before lowering borrowing costs again.",
            "Регуляторы заявили, что прежде чем снова удешевлять кредиты, хотят "
            "убедиться в замедлении роста зарплат.",
            "Կարգավորողները հայտարարել են, որ նախքան վարկերը կրկին էժանացնելը "
            "ցանկանում են համոզվել, որ աշխատավարձերի աճը դանդաղում է։",
        ),
        "paragraphs": [
            t(
                "Inflation in most European economies is now close to target, but "
                "prices for services are still rising quickly. Markets had "
                "expected the pause and reacted calmly.",
                "Инфляция в большинстве европейских экономик приблизилась к "
                "целевому уровню, однако услуги по-прежнему быстро дорожают. Рынки "
                "ожидали паузы и отреагировали спокойно.",
                "Եվրոպական տնտեսությունների մեծ մասում գնաճը մոտեցել է թիրախային "
                "մակարդակին, սակայն ծառայությունները դեռ արագ են թանկանում։ "
                "Շուկաները դադար էին ակնկալում և հանգիստ են արձագանքել։",
            ),
            t(
                "Economists now expect the next cut in the autumn. Homeowners with "
                "variable-rate mortgages will have to wait a little longer for "
                "lower monthly payments.",
                "Экономисты теперь ожидают следующего снижения осенью. Владельцам "
                "жилья с ипотекой по плавающей ставке придётся ещё немного "
                "подождать уменьшения ежемесячных платежей.",
                "Տնտեսագետներն այժմ հաջորդ նվազեցումն ակնկալում են աշնանը։ Լողացող "
                "տոկոսադրույքով հիփոթեք ունեցող տնատերերը ստիպված կլինեն մի փոքր "
                "էլ սպասել ամսական վճարների նվազմանը։",
            ),
        ],
        "tags": [18],
    },
    {
        "headline": t(
            "Measles cases rise worldwide, health agency warns",
            "Число случаев кори в мире растёт, предупреждают в международном "
            "агентстве здравоохранения",
            "Կարմրուկի դեպքերն աշխարհում աճում են, զգուշացնում է առողջապահական "
            "միջազգային գործակալությունը",
        ),
        "lead": t(
            "Gaps in routine vaccination during recent years have left millions of "
            "children unprotected.",
            "Из-за пробелов в плановой вакцинации последних лет миллионы детей "
            "остались незащищёнными.",
            "Վերջին տարիներին պլանային պատվաստումների բացթողումների պատճառով "
            "միլիոնավոր երեխաներ անպաշտպան են մնացել։",
        ),
        "paragraphs": [
            t(
                "The agency says outbreaks have been reported on every continent, "
                "with the largest in countries where clinics were closed or hard "
                "to reach. Measles spreads very easily and can cause serious "
                "complications in young children.",
                "По данным агентства, вспышки зарегистрированы на всех "
                "континентах, а крупнейшие — в странах, где поликлиники "
                "закрывались или были труднодоступны. Корь передаётся очень легко "
                "и может вызывать тяжёлые осложнения у маленьких детей.",
                "Գործակալության տվյալներով՝ բռնկումներ են գրանցվել բոլոր "
                "մայրցամաքներում, իսկ ամենախոշորները՝ այն երկրներում, որտեղ "
                "պոլիկլինիկաները փակվել էին կամ դժվարամատչելի էին։ Կարմրուկը շատ "
                "հեշտ է փոխանցվում և փոքր երեխաների մոտ կարող է լուրջ "
                "բարդություններ առաջացնել։",
            ),
            t(
                "Health ministries are running catch-up campaigns in schools and "
                "kindergartens. Parents are urged to check their children's "
                "vaccination records before travelling abroad.",
                "Министерства здравоохранения проводят в школах и детских садах "
                "кампании по наверстыванию пропущенных прививок. Родителей "
                "призывают проверить прививочные карты детей перед поездками за "
                "границу.",
                "Առողջապահության նախարարությունները դպրոցներում և "
                "մանկապարտեզներում բաց թողնված պատվաստումները լրացնելու արշավներ "
                "են անցկացնում։ Ծնողներին կոչ է արվում արտասահման մեկնելուց առաջ "
                "ստուգել երեխաների պատվաստումների քարտերը։",
            ),
        ],
        "tags": [6],
    },
    {
        "headline": t(
            "Electric cars make up more than a third of new sales in northern Europe",
            "На севере Европы электромобили составили больше трети продаж новых машин",
            "Հյուսիսային Եվրոպայում էլեկտրամոբիլները կազմել են նոր մեքենաների "
            "վաճառքի մեկ երրորդից ավելին",
        ),
        "lead": t(
            "Cheaper models and a dense network of chargers have helped, according "
            "to an industry survey.",
            "Как показал отраслевой обзор, помогли более дешёвые модели и плотная "
            "сеть зарядных станций.",
            "Ինչպես ցույց է տվել ոլորտային ուսումնասիրությունը, դրան նպաստել են "
            "ավելի էժան մոդելները և լիցքավորման կայանների խիտ ցանցը։",
        ),
        "paragraphs": [
            t(
                "In some countries of the region, electric cars already outsell "
                "petrol ones. Sales in southern and eastern Europe are growing "
                "more slowly, held back by prices and fewer public chargers.",
                "В некоторых странах региона электромобили уже продаются лучше "
                "бензиновых. На юге и востоке Европы продажи растут медленнее: "
                "мешают цены и нехватка общественных зарядных станций.",
                "Տարածաշրջանի որոշ երկրներում էլեկտրամոբիլներն արդեն ավելի լավ են "
                "վաճառվում, քան բենզինայինները։ Եվրոպայի հարավում և արևելքում "
                "վաճառքներն ավելի դանդաղ են աճում՝ գների և հանրային լիցքավորման "
                "կայանների պակասի պատճառով։",
            ),
            t(
                "Carmakers are preparing smaller, cheaper models for next year. "
                "The used electric car market is also taking off as the first "
                "generation of leased cars returns to dealers.",
                "Автопроизводители готовят к следующему году более компактные и "
                "дешёвые модели. Набирает обороты и рынок подержанных "
                "электромобилей: к дилерам возвращаются первые машины, взятые в "
                "лизинг.",
                "Ավտոարտադրողները հաջորդ տարվա համար պատրաստում են ավելի կոմպակտ և "
                "էժան մոդելներ։ Թափ է հավաքում նաև օգտագործված էլեկտրամոբիլների "
                "շուկան, քանի որ դիլերներին են վերադառնում լիզինգով վերցված առաջին "
                "մեքենաները։",
            ),
        ],
        "tags": [8, 3],
    },
    {
        "headline": t(
            "Container shipping rates fall as port congestion eases",
            "Стоимость контейнерных перевозок снижается по мере разгрузки портов",
            "Բեռնարկղային փոխադրումների արժեքը նվազում է նավահանգիստներում "
            "խցանումների թուլացմանը զուգընթաց",
        ),
        "lead": t(
            "Shipping a container from Asia to Europe now costs about half as much "
            "as at the start of the year.",
            "Отправка контейнера из Азии в Европу сейчас обходится примерно вдвое "
            "дешевле, чем в начале года.",
            "Ասիայից Եվրոպա բեռնարկղ ուղարկելն այժմ մոտ երկու անգամ ավելի էժան է, "
            "քան տարեսկզբին։",
        ),
        "paragraphs": [
            t(
                "New ships ordered during the boom years are now entering service, "
                "and fewer vessels are waiting outside major ports. Retailers say "
                "lower freight costs will help keep shop prices stable before the "
                "holiday season.",
                "В строй вступают новые суда, заказанные в годы бума, и у крупных "
                "портов стало меньше кораблей в ожидании разгрузки. Ритейлеры "
                "говорят, что удешевление фрахта поможет удержать цены в магазинах "
                "перед праздничным сезоном.",
                "Շահագործման են հանձնվում բումի տարիներին պատվիրված նոր նավերը, և "
                "խոշոր նավահանգիստների մոտ բեռնաթափման սպասող նավերն ավելի քիչ են։ "
                "Մանրածախ առևտրականներն ասում են, որ փոխադրավարձի էժանացումը կօգնի "
                "տոնական սեզոնից առաջ խանութներում պահել գները։",
            ),
            t(
                "Shipping lines are responding by slowing their vessels and "
                "cancelling some sailings. Analysts expect rates to settle at a "
                "level still above where they were a decade ago.",
                "Судоходные компании в ответ снижают скорость судов и отменяют "
                "часть рейсов. Аналитики ожидают, что ставки стабилизируются на "
                "уровне, всё же превышающем показатели десятилетней давности.",
                "Ի պատասխան՝ նավագնացության ընկերությունները նվազեցնում են նավերի "
                "արագությունը և չեղարկում որոշ չվերթներ։ Վերլուծաբաններն ակնկալում "
                "են, որ դրույքաչափերը կկայունանան մի մակարդակում, որը դեռ բարձր "
                "կլինի տասը տարի առաջվա ցուցանիշներից։",
            ),
        ],
        "tags": [10, 1],
    },
    {
        "headline": t(
            "Twenty new sites added to the World Heritage List",
            "В Список всемирного наследия внесены двадцать новых объектов",
            "Համաշխարհային ժառանգության ցանկում ընդգրկվել է քսան նոր օբյեկտ",
        ),
        "lead": t(
            "The new entries include rock art in the Sahara, a medieval port town "
            "and a chain of wetlands used by migrating birds.",
            "Среди новых объектов — наскальные рисунки в Сахаре, средневековый "
            "портовый город и цепь водно-болотных угодий на пути перелётных птиц.",
            "Նոր օբյեկտների թվում են ժայռապատկերները Սահարայում, միջնադարյան "
            "նավահանգստային քաղաքը և չվող թռչունների ճանապարհին գտնվող խոնավ "
            "տարածքների շղթան։",
        ),
        "paragraphs": [
            t(
                "The committee also placed two sites on its list of heritage in "
                "danger because of uncontrolled construction and rising sea "
                "levels. Countries with listed sites must report regularly on "
                "their protection.",
                "Комитет также включил два объекта в список наследия, находящегося "
                "под угрозой, из-за бесконтрольного строительства и подъёма уровня "
                "моря. Страны, на территории которых находятся объекты, обязаны "
                "регулярно отчитываться об их охране.",
                "Կոմիտեն վտանգված ժառանգության ցուցակում է ներառել նաև երկու "
                "օբյեկտ՝ անվերահսկելի շինարարության և ծովի մակարդակի բարձրացման "
                "պատճառով։ Այն երկրները, որոնց տարածքում գտնվում են օբյեկտները, "
                "պարտավոր են պարբերաբար զեկուցել դրանց պահպանության մասին։",
            ),
            t(
                "Local tourism offices expect more visitors, but site managers "
                "warn that popularity brings its own risks. Several have "
                "introduced timed tickets to limit crowds.",
                "Местные туристические офисы ждут наплыва гостей, но руководители "
                "объектов предупреждают, что популярность несёт и свои риски. На "
                "некоторых из них ввели билеты на определённое время, чтобы "
                "ограничить поток посетителей.",
                "Տեղական զբոսաշրջային գրասենյակները սպասում են այցելուների հոսքի, "
                "սակայն օբյեկտների ղեկավարները զգուշացնում են, որ "
                "հանրաճանաչությունն իր ռիսկերն էլ ունի։ Դրանցից մի քանիսում "
                "ներդրվել են որոշակի ժամի տոմսեր՝ այցելուների հոսքը սահմանափակելու "
                "համար։",
            ),
        ],
        "tags": [23, 7],
    },
    {
        "headline": t(
            "Magnitude 5.8 earthquake shakes the eastern Mediterranean",
            "Землетрясение магнитудой 5,8 произошло в восточном Средиземноморье",
            "Արևելյան Միջերկրականում տեղի է ունեցել 5,8 մագնիտուդով երկրաշարժ",
        ),
        "lead": t(
            "The tremor was felt in several coastal cities; no casualties have "
            "been reported, and damage appears to be minor.",
            "Толчки ощущались в нескольких прибрежных городах; о пострадавших не "
            "сообщается, разрушения, по предварительным данным, незначительны.",
            "Ցնցումները զգացվել են ափամերձ մի քանի քաղաքներում։ Տուժածների մասին "
            "չի հաղորդվում, իսկ նախնական տվյալներով՝ ավերածություններն աննշան են։",
        ),
        "paragraphs": [
            t(
                "The epicentre was under the sea at a depth of about 15 "
                "kilometres. People left their homes and spent part of the night "
                "outside, and schools in the area were closed for a day for "
                "inspections.",
                "Эпицентр находился под морским дном на глубине около 15 "
                "километров. Жители выходили из домов и провели часть ночи на "
                "улице, а школы в районе на день закрыли для проверки зданий.",
                "Էպիկենտրոնը գտնվել է ծովի հատակի տակ՝ մոտ 15 կիլոմետր խորության "
                "վրա։ Բնակիչները դուրս են եկել տներից և գիշերվա մի մասն անցկացրել "
                "դրսում, իսկ շրջանի դպրոցները մեկ օրով փակվել են շենքերի ստուգման "
                "համար։",
            ),
            t(
                "Seismologists recorded several aftershocks and said there was no "
                "risk of a tsunami. They urged residents to follow official advice "
                "and not to share unverified forecasts online.",
                "Сейсмологи зафиксировали несколько повторных толчков и заявили, "
                "что угрозы цунами нет. Они призвали жителей следовать официальным "
                "рекомендациям и не распространять в сети непроверенные прогнозы.",
                "Սեյսմոլոգները գրանցել են մի քանի հետցնցում և հայտարարել, որ "
                "ցունամիի վտանգ չկա։ Նրանք կոչ են արել բնակիչներին հետևել "
                "պաշտոնական խորհուրդներին և համացանցում չտարածել չստուգված "
                "կանխատեսումներ։",
            ),
        ],
        "tags": [21],
    },
    {
        "headline": t(
            "Forest fires in North America blanket cities with smoke",
            "Лесные пожары в Северной Америке окутали города дымом",
            "Հյուսիսային Ամերիկայի անտառային հրդեհները ծխով են պատել քաղաքները",
        ),
        "lead": t(
            "Air quality warnings have been issued for millions of people, some of "
            "them hundreds of kilometres from the flames.",
            "Предупреждения о качестве воздуха получили миллионы людей, причём "
            "некоторые из них живут в сотнях километров от огня.",
            "Օդի որակի վերաբերյալ նախազգուշացումներ են ստացել միլիոնավոր մարդիկ, "
            "որոնցից ոմանք ապրում են կրակից հարյուրավոր կիլոմետր հեռու։",
        ),
        "paragraphs": [
            t(
                "Hot, dry weather and strong winds have made the fires hard to "
                "control. Firefighters from several countries have joined local "
                "crews, and some small towns have been evacuated as a precaution.",
                "Жаркая сухая погода и сильный ветер затрудняют тушение. К местным "
                "бригадам присоединились пожарные из нескольких стран, а некоторые "
                "небольшие города эвакуированы в качестве меры предосторожности.",
                "Շոգ, չոր եղանակը և ուժեղ քամին դժվարացնում են հրդեհների մարումը։ "
                "Տեղական խմբերին միացել են մի քանի երկրների հրշեջներ, իսկ որոշ "
                "փոքր քաղաքներ նախազգուշական նպատակով տարհանվել են։",
            ),
            t(
                "Doctors advise people with asthma or heart conditions to stay "
                "indoors and keep windows closed. Outdoor sports events have been "
                "postponed in several cities.",
                "Врачи советуют людям с астмой и заболеваниями сердца оставаться "
                "дома и держать окна закрытыми. В нескольких городах перенесены "
                "спортивные мероприятия под открытым небом.",
                "Բժիշկները խորհուրդ են տալիս ասթմա կամ սրտի հիվանդություններ "
                "ունեցողներին մնալ տանը և պատուհանները փակ պահել։ Մի քանի "
                "քաղաքներում հետաձգվել են բացօթյա սպորտային միջոցառումները։",
            ),
        ],
        "tags": [3, 20],
    },
    {
        "headline": t(
            "Governments agree on shared principles for artificial intelligence",
            "Правительства согласовали общие принципы в сфере искусственного интеллекта",
            "Կառավարությունները համաձայնեցրել են արհեստական բանականության "
            "ընդհանուր սկզբունքները",
        ),
        "lead": t(
            "The non-binding declaration calls for testing powerful systems before "
            "release and labelling content made by machines.",
            "Необязательная декларация призывает тестировать мощные системы до их "
            "выпуска и маркировать контент, созданный машинами.",
            "Ոչ պարտադիր հռչակագիրը կոչ է անում հզոր համակարգերը փորձարկել նախքան "
            "թողարկումը և պիտակավորել մեքենաների ստեղծած բովանդակությունը։",
        ),
        "paragraphs": [
            t(
                "Officials from more than forty countries took part in the two-day "
                "meeting, along with researchers and companies. They agreed to set "
                "up a network of national institutes that will share test results.",
                "В двухдневной встрече участвовали представители более сорока "
                "стран, а также исследователи и компании. Они договорились создать "
                "сеть национальных институтов, которые будут обмениваться "
                "результатами испытаний.",
                "Երկօրյա հանդիպմանը մասնակցել են ավելի քան քառասուն երկրի "
                "ներկայացուցիչներ, ինչպես նաև հետազոտողներ և ընկերություններ։ "
                "Նրանք պայմանավորվել են ստեղծել ազգային ինստիտուտների ցանց, որոնք "
                "կփոխանակվեն փորձարկումների արդյունքներով։",
            ),
            t(
                "Civil society groups welcomed the declaration but said voluntary "
                "commitments were not enough. The next meeting will discuss the "
                "use of such systems in schools and hospitals.",
                "Общественные организации приветствовали декларацию, но заявили, "
                "что добровольных обязательств недостаточно. На следующей встрече "
                "обсудят применение таких систем в школах и больницах.",
                "Հասարակական կազմակերպությունները ողջունել են հռչակագիրը, սակայն "
                "հայտարարել են, որ կամավոր պարտավորությունները բավարար չեն։ Հաջորդ "
                "հանդիպմանը կքննարկվի նման համակարգերի կիրառումը դպրոցներում և "
                "հիվանդանոցներում։",
            ),
        ],
        "tags": [8, 11],
    },
    {
        "headline": t(
            "Coffee prices hit a record as drought hurts harvests",
            "Цены на кофе достигли рекорда из-за засухи",
            "Սուրճի գները ռեկորդային մակարդակի են հասել երաշտի պատճառով",
        ),
        "lead": t(
            "Poor harvests in major growing countries have pushed wholesale prices "
            "for arabica beans to an all-time high.",
            "Неурожай в крупнейших странах-производителях поднял оптовые цены на "
            "арабику до исторического максимума.",
            "Խոշորագույն արտադրող երկրներում բերքի անկումը արաբիկայի մեծածախ գները "
            "հասցրել է պատմական առավելագույնի։",
        ),
        "paragraphs": [
            t(
                "Roasters say they have already raised prices for cafés and "
                "supermarkets and may have to do so again. Some are changing their "
                "blends to include more of the cheaper robusta variety.",
                "Обжарщики говорят, что уже подняли цены для кафе и супермаркетов "
                "и, возможно, будут вынуждены сделать это снова. Некоторые меняют "
                "состав смесей, добавляя больше более дешёвой робусты.",
                "Սուրճ բովողներն ասում են, որ արդեն բարձրացրել են գները "
                "սրճարանների և սուպերմարկետների համար և հնարավոր է ստիպված լինեն "
                "դա կրկին անել։ Ոմանք փոխում են խառնուրդների բաղադրությունը՝ "
                "ավելացնելով ավելի էժան ռոբուստա տեսակը։",
            ),
            t(
                "Small farmers, however, rarely benefit from high prices, growers' "
                "groups say, because they sell their crops to middlemen long "
                "before the harvest. Scientists are developing varieties that cope "
                "better with heat.",
                "Однако мелкие фермеры, по словам объединений производителей, "
                "редко выигрывают от высоких цен, поскольку продают урожай "
                "посредникам задолго до сбора. Учёные выводят сорта, лучше "
                "переносящие жару.",
                "Սակայն արտադրողների միավորումների խոսքով՝ փոքր ֆերմերները "
                "հազվադեպ են շահում բարձր գներից, քանի որ բերքը միջնորդներին "
                "վաճառում են բերքահավաքից շատ առաջ։ Գիտնականները ստեղծում են շոգին "
                "ավելի դիմացկուն սորտեր։",
            ),
        ],
        "tags": [10, 3],
    },
    {
        "headline": t(
            "Antarctic sea ice stays near record lows for a third winter",
            "Площадь морского льда в Антарктике третью зиму подряд близка к "
            "рекордному минимуму",
            "Անտարկտիդայի ծովային սառույցի մակերեսը երրորդ ձմեռն անընդմեջ մոտ է "
            "ռեկորդային նվազագույնին",
        ),
        "lead": t(
            "Scientists say warmer ocean water around the continent is slowing the "
            "growth of ice in winter.",
            "Учёные объясняют это тем, что из-за потепления океанских вод вокруг "
            "континента лёд зимой нарастает медленнее.",
            "Գիտնականները դա բացատրում են նրանով, որ մայրցամաքը շրջապատող "
            "օվկիանոսի ջրերի տաքացման պատճառով ձմռանը սառույցն ավելի դանդաղ է "
            "աճում։",
        ),
        "paragraphs": [
            t(
                "Satellite measurements show that the ice covered about two "
                "million square kilometres less than the long-term average at its "
                "winter peak. Sea ice reflects sunlight, so its loss allows the "
                "ocean to absorb more heat.",
                "По спутниковым данным, в зимний пик лёд занимал примерно на два "
                "миллиона квадратных километров меньше многолетней нормы. Морской "
                "лёд отражает солнечный свет, поэтому его сокращение позволяет "
                "океану поглощать больше тепла.",
                "Արբանյակային տվյալներով՝ ձմեռային գագաթնակետին սառույցը "
                "զբաղեցնում էր մոտ երկու միլիոն քառակուսի կիլոմետրով պակաս տարածք, "
                "քան բազմամյա միջինը։ Ծովային սառույցն անդրադարձնում է արևի "
                "լույսը, ուստի դրա կրճատումը թույլ է տալիս օվկիանոսին ավելի շատ "
                "ջերմություն կլանել։",
            ),
            t(
                "Researchers are also watching the effect on penguin colonies, "
                "which depend on stable ice to raise their chicks. An "
                "international expedition will spend the coming summer measuring "
                "ice thickness by ship and aircraft.",
                "Исследователи следят и за тем, как это сказывается на колониях "
                "пингвинов, которым для выведения птенцов нужен устойчивый лёд. "
                "Грядущим летом международная экспедиция будет измерять толщину "
                "льда с судна и самолёта.",
                "Հետազոտողները հետևում են նաև, թե ինչպես է դա ազդում պինգվինների "
                "գաղութների վրա, որոնց ճտեր մեծացնելու համար կայուն սառույց է "
                "պետք։ Առաջիկա ամռանը միջազգային արշավախումբը նավից և ինքնաթիռից "
                "կչափի սառույցի հաստությունը։",
            ),
        ],
        "tags": [3, 21],
    },
    {
        "headline": t(
            "High-speed line cuts travel time between two Alpine cities to under "
            "two hours",
            "Новая скоростная линия сократила путь между двумя альпийскими "
            "городами до двух часов",
            "Նոր արագընթաց գիծը երկու ալպյան քաղաքների միջև ճանապարհը կրճատել է "
            "մինչև երկու ժամ",
        ),
        "lead": t(
            "The line, which runs through one of Europe's longest rail tunnels, "
            "opened after fifteen years of construction.",
            "Линия, проходящая через один из самых длинных железнодорожных "
            "тоннелей Европы, открылась после пятнадцати лет строительства.",
            "Գիծը, որն անցնում է Եվրոպայի ամենաերկար երկաթուղային թունելներից "
            "մեկով, բացվել է տասնհինգ տարվա շինարարությունից հետո։",
        ),
        "paragraphs": [
            t(
                "Trains will run every hour in each direction, and freight trains "
                "will use the tunnel at night. Regional governments hope the new "
                "line will take thousands of trucks off mountain roads.",
                "Поезда будут курсировать каждый час в обоих направлениях, а ночью "
                "тоннелем будут пользоваться грузовые составы. Региональные власти "
                "надеются, что новая линия уберёт с горных дорог тысячи "
                "грузовиков.",
                "Գնացքները կերթևեկեն ամեն ժամ՝ երկու ուղղությամբ, իսկ գիշերը "
                "թունելից կօգտվեն բեռնատար գնացքները։ Տարածաշրջանային "
                "իշխանությունները հույս ունեն, որ նոր գիծը լեռնային ճանապարհներից "
                "կհեռացնի հազարավոր բեռնատարներ։",
            ),
            t(
                "The project went well over budget, and residents of villages "
                "along the route complained for years about construction noise. "
                "Tickets for the first weekend sold out within hours.",
                "Проект значительно превысил смету, а жители сёл вдоль трассы "
                "годами жаловались на шум стройки. Билеты на первые выходные были "
                "распроданы за несколько часов.",
                "Նախագիծը զգալիորեն գերազանցել է նախահաշիվը, իսկ երթուղու "
                "երկայնքով գտնվող գյուղերի բնակիչները տարիներ շարունակ բողոքում "
                "էին շինարարության աղմուկից։ Առաջին հանգստյան օրերի տոմսերը "
                "սպառվել են մի քանի ժամում։",
            ),
        ],
        "tags": [1],
    },
    {
        "headline": t(
            "Remittances to Central Asia reach a new high",
            "Денежные переводы в Центральную Азию достигли нового максимума",
            "Կենտրոնական Ասիա ուղարկվող դրամական փոխանցումները հասել են նոր առավելագույնի",
        ),
        "lead": t(
            "Money sent home by migrant workers now equals more than a quarter of "
            "the economy in some countries of the region, a new report says.",
            "Согласно новому докладу, в некоторых странах региона средства, "
            "которые мигранты отправляют на родину, превышают четверть экономики.",
            "Նոր զեկույցի համաձայն՝ տարածաշրջանի որոշ երկրներում միգրանտների՝ "
            "հայրենիք ուղարկած միջոցները գերազանցում են տնտեսության մեկ քառորդը։",
        ),
        "paragraphs": [
            t(
                "The report notes that sending money has become cheaper thanks to "
                "mobile apps, which charge much lower fees than traditional "
                "transfer services. Most transfers are spent on food, housing and "
                "children's education.",
                "В докладе отмечается, что переводы подешевели благодаря мобильным "
                "приложениям, комиссии которых намного ниже, чем у традиционных "
                "систем. Большая часть переводов тратится на еду, жильё и "
                "образование детей.",
                "Զեկույցում նշվում է, որ փոխանցումներն էժանացել են բջջային "
                "հավելվածների շնորհիվ, որոնց միջնորդավճարները շատ ավելի ցածր են, "
                "քան ավանդական համակարգերինը։ Փոխանցումների մեծ մասը ծախսվում է "
                "սննդի, բնակարանի և երեխաների կրթության վրա։",
            ),
            t(
                "Economists warn that heavy dependence on remittances makes "
                "economies vulnerable to changes abroad. They recommend programmes "
                "that help returning migrants start businesses at home.",
                "Экономисты предупреждают, что сильная зависимость от переводов "
                "делает экономики уязвимыми к переменам за рубежом. Они "
                "рекомендуют программы, помогающие вернувшимся мигрантам открывать "
                "своё дело на родине.",
                "Տնտեսագետները զգուշացնում են, որ փոխանցումներից մեծ "
                "կախվածությունը տնտեսությունները խոցելի է դարձնում արտասահմանյան "
                "փոփոխությունների նկատմամբ։ Նրանք խորհուրդ են տալիս ծրագրեր, որոնք "
                "կօգնեն վերադարձող միգրանտներին սեփական գործ սկսել հայրենիքում։",
            ),
        ],
        "tags": [22, 18],
    },
    {
        "headline": t(
            "Gulf city opens a solar-powered desalination plant",
            "В одном из городов Персидского залива открылся опреснительный завод "
            "на солнечной энергии",
            "Պարսից ծոցի քաղաքներից մեկում բացվել է արևային էներգիայով աշխատող "
            "աղազերծման կայան",
        ),
        "lead": t(
            "The plant will supply drinking water to about 400,000 people while "
            "using no fossil fuel during the day.",
            "Завод обеспечит питьевой водой около 400 тысяч человек и в дневные "
            "часы не будет расходовать ископаемое топливо.",
            "Կայանը խմելու ջրով կապահովի շուրջ 400 հազար մարդու և ցերեկային "
            "ժամերին հանածո վառելիք չի ծախսի։",
        ),
        "paragraphs": [
            t(
                "Desalination is one of the most energy-hungry ways of producing "
                "water, and most plants in the region burn gas. The new plant "
                "stores surplus solar power in batteries to keep running after "
                "sunset.",
                "Опреснение — один из самых энергоёмких способов получения воды, и "
                "большинство заводов в регионе работают на газе. Новый завод "
                "запасает излишки солнечной энергии в аккумуляторах, чтобы "
                "продолжать работу после заката.",
                "Աղազերծումը ջուր ստանալու ամենաէներգատար եղանակներից է, և "
                "տարածաշրջանի կայանների մեծ մասն աշխատում է գազով։ Նոր կայանն "
                "արևային էներգիայի ավելցուկը կուտակում է մարտկոցներում, որպեսզի "
                "շարունակի աշխատել մայրամուտից հետո։",
            ),
            t(
                "Marine biologists will monitor the salty brine returned to the "
                "sea, which can harm coral and fish if not diluted. The operator "
                "says the outlet pipes have been designed to spread it over a wide "
                "area.",
                "Морские биологи будут следить за рассолом, который сбрасывается "
                "обратно в море и при недостаточном разбавлении может вредить "
                "кораллам и рыбе. Оператор утверждает, что сбросные трубы "
                "спроектированы так, чтобы распределять его по большой площади.",
                "Ծովային կենսաբանները կհետևեն ծով վերադարձվող աղաջրին, որը բավարար "
                "չնոսրացվելու դեպքում կարող է վնասել մարջաններին և ձկներին։ "
                "Օպերատորը պնդում է, որ արտահոսքի խողովակները նախագծված են այն մեծ "
                "տարածքի վրա բաշխելու համար։",
            ),
        ],
        "tags": [20, 3],
    },
    {
        "headline": t(
            "Bird flu outbreaks prompt poultry restrictions in several European "
            "countries",
            "Вспышки птичьего гриппа вынудили ряд европейских стран ввести "
            "ограничения для птицефабрик",
            "Թռչնագրիպի բռնկումները Եվրոպայի մի շարք երկրների ստիպել են "
            "սահմանափակումներ մտցնել թռչնաֆաբրիկաների համար",
        ),
        "lead": t(
            "Farmers have been told to keep their birds indoors, and affected "
            "farms are being disinfected.",
            "Фермерам предписано держать птицу в закрытых помещениях, а на "
            "затронутых хозяйствах проводится дезинфекция.",
            "Ֆերմերներին հանձնարարվել է թռչուններին պահել փակ տարածքներում, իսկ "
            "վարակված տնտեսություններում ախտահանում է իրականացվում։",
        ),
        "paragraphs": [
            t(
                "The virus is believed to have been carried by wild birds "
                "migrating south for the winter. Veterinary services have set up "
                "protection zones around infected farms, where the movement of "
                "poultry is banned.",
                "Считается, что вирус занесли дикие птицы, мигрирующие на зиму на "
                "юг. Ветеринарные службы установили вокруг заражённых хозяйств "
                "защитные зоны, где запрещено перемещение птицы.",
                "Ենթադրվում է, որ վիրուսը բերել են ձմեռելու համար հարավ չվող վայրի "
                "թռչունները։ Անասնաբուժական ծառայությունները վարակված "
                "տնտեսությունների շուրջ պաշտպանական գոտիներ են սահմանել, որտեղ "
                "թռչնի տեղափոխումն արգելված է։",
            ),
            t(
                "Health authorities stress that the risk to people remains low and "
                "that properly cooked eggs and chicken are safe to eat. Egg prices "
                "have risen slightly in the affected countries.",
                "Органы здравоохранения подчёркивают, что риск для людей остаётся "
                "низким, а правильно приготовленные яйца и курица безопасны. В "
                "затронутых странах яйца немного подорожали.",
                "Առողջապահական մարմիններն ընդգծում են, որ մարդկանց համար ռիսկը "
                "մնում է ցածր, իսկ պատշաճ եփված ձուն և հավի միսն անվտանգ են։ "
                "Վարակից տուժած երկրներում ձուն մի փոքր թանկացել է։",
            ),
        ],
        "tags": [9, 6],
    },
    {
        "headline": t(
            "Volcano in Iceland erupts again, lava stops short of a town",
            "В Исландии вновь началось извержение вулкана, лава остановилась у города",
            "Իսլանդիայում կրկին ժայթքել է հրաբուխը, լավան կանգ է առել քաղաքի մոտ",
        ),
        "lead": t(
            "Earth barriers built over the past year diverted the lava flow away "
            "from houses and a power station.",
            "Земляные валы, насыпанные за последний год, отвели поток лавы от "
            "домов и электростанции.",
            "Վերջին տարում լցված հողաթմբերը լավայի հոսքը շեղել են տներից և "
            "էլեկտրակայանից։",
        ),
        "paragraphs": [
            t(
                "The eruption began shortly after midnight along a fissure several "
                "kilometres long. Residents had been evacuated in advance, and "
                "flights at the main international airport were not affected.",
                "Извержение началось вскоре после полуночи вдоль трещины длиной в "
                "несколько километров. Жителей заранее эвакуировали, а работа "
                "главного международного аэропорта не пострадала.",
                "Ժայթքումն սկսվել է կեսգիշերից քիչ անց՝ մի քանի կիլոմետր "
                "երկարությամբ ճեղքի երկայնքով։ Բնակիչները նախապես տարհանվել էին, "
                "իսկ գլխավոր միջազգային օդանավակայանի աշխատանքը չի տուժել։",
            ),
            t(
                "Scientists say the region has entered a long period of activity "
                "that may last years. The eruption has also drawn crowds of "
                "visitors, and police have closed roads to keep them at a safe "
                "distance.",
                "Учёные говорят, что регион вступил в долгий период активности, "
                "который может продлиться годы. Извержение привлекло толпы "
                "зрителей, и полиция перекрыла дороги, чтобы держать их на "
                "безопасном расстоянии.",
                "Գիտնականներն ասում են, որ տարածաշրջանը թևակոխել է ակտիվության "
                "երկար շրջան, որը կարող է տարիներ տևել։ Ժայթքումը գրավել է նաև "
                "բազմաթիվ այցելուների, և ոստիկանությունը փակել է ճանապարհները՝ "
                "նրանց անվտանգ հեռավորության վրա պահելու համար։",
            ),
        ],
        "tags": [21],
    },
    {
        "headline": t(
            "International tourist arrivals return to pre-pandemic levels",
            "Международный турпоток вернулся к допандемийному уровню",
            "Միջազգային զբոսաշրջային հոսքը վերադարձել է մինչհամավարակային մակարդակին",
        ),
        "lead": t(
            "About 1.4 billion trips abroad were made last year, according to the "
            "global tourism organisation.",
            "По данным Всемирной туристской организации, в прошлом году было "
            "совершено около 1,4 млрд зарубежных поездок.",
            "Զբոսաշրջության համաշխարհային կազմակերպության տվյալներով՝ անցյալ տարի "
            "կատարվել է շուրջ 1,4 միլիարդ արտասահմանյան ուղևորություն։",
        ),
        "paragraphs": [
            t(
                "The Middle East and southern Europe saw the strongest growth, "
                "while some parts of Asia are still below their earlier numbers. "
                "Spending per traveller has risen faster than the number of trips.",
                "Быстрее всего рос турпоток на Ближний Восток и в Южную Европу, "
                "тогда как некоторые части Азии ещё не вернулись к прежним "
                "показателям. Расходы в расчёте на одного путешественника растут "
                "быстрее, чем число поездок.",
                "Ամենաարագը աճել է զբոսաշրջային հոսքը դեպի Մերձավոր Արևելք և "
                "Հարավային Եվրոպա, մինչդեռ Ասիայի որոշ մասեր դեռ չեն վերադարձել "
                "նախկին ցուցանիշներին։ Մեկ ճանապարհորդի ծախսերն աճում են ավելի "
                "արագ, քան ուղևորությունների թիվը։",
            ),
            t(
                "Popular cities are experimenting with ways to manage crowds, from "
                "entry fees for historic centres to limits on short-term rentals. "
                "Rural and mountain destinations are growing in popularity.",
                "Популярные города пробуют разные способы справиться с наплывом "
                "туристов — от платы за вход в исторические центры до ограничений "
                "на краткосрочную аренду жилья. Растёт интерес к сельским и горным "
                "направлениям.",
                "Հանրաճանաչ քաղաքները փորձարկում են զբոսաշրջիկների հոսքը "
                "կառավարելու տարբեր եղանակներ՝ պատմական կենտրոններ մուտքի վճարից "
                "մինչև կարճաժամկետ վարձակալության սահմանափակումներ։ Աճում է "
                "հետաքրքրությունը գյուղական և լեռնային ուղղությունների նկատմամբ։",
            ),
        ],
        "tags": [7],
    },
    {
        "headline": t(
            "New rules give consumers a right to have phones and laptops repaired",
            "Новые правила дают покупателям право на ремонт телефонов и ноутбуков",
            "Նոր կանոնները գնորդներին իրավունք են տալիս վերանորոգել հեռախոսներն ու "
            "նոութբուքերը",
        ),
        "lead": t(
            "Manufacturers selling in the European market must supply spare parts "
            "and repair manuals for at least seven years.",
            "Производители, работающие на европейском рынке, обязаны поставлять "
            "запчасти и руководства по ремонту не менее семи лет.",
            "Եվրոպական շուկայում գործող արտադրողները պարտավոր են առնվազն յոթ տարի "
            "մատակարարել պահեստամասեր և վերանորոգման ձեռնարկներ։",
        ),
        "paragraphs": [
            t(
                "Batteries will have to be replaceable without special tools, and "
                "repair shops will be able to buy original parts at fair prices. "
                "The rules will apply to devices sold from the middle of next "
                "year.",
                "Аккумуляторы должны будут заменяться без специальных "
                "инструментов, а мастерские смогут покупать оригинальные детали по "
                "справедливым ценам. Правила распространятся на устройства, "
                "продаваемые с середины следующего года.",
                "Մարտկոցները պետք է փոխարինելի լինեն առանց հատուկ գործիքների, իսկ "
                "արհեստանոցները կկարողանան օրիգինալ պահեստամասեր գնել արդար "
                "գներով։ Կանոնները կտարածվեն հաջորդ տարվա կեսից վաճառվող սարքերի "
                "վրա։",
            ),
            t(
                "Consumer groups say the change will save households money and "
                "reduce electronic waste. Some manufacturers warned that repairs "
                "by unauthorised shops could affect water resistance and security.",
                "Общества потребителей говорят, что изменения сэкономят семьям "
                "деньги и сократят количество электронных отходов. Некоторые "
                "производители предупредили, что ремонт в неавторизованных "
                "мастерских может сказаться на влагозащите и безопасности.",
                "Սպառողների միությունները նշում են, որ փոփոխությունները կխնայեն "
                "ընտանիքների գումարները և կնվազեցնեն էլեկտրոնային թափոնների "
                "քանակը։ Որոշ արտադրողներ զգուշացրել են, որ չլիազորված "
                "արհեստանոցներում վերանորոգումը կարող է ազդել ջրակայունության և "
                "անվտանգության վրա։",
            ),
        ],
        "tags": [8],
    },
    {
        "headline": t(
            "Low water on the Rhine forces barges to sail half-empty",
            "Из-за обмеления Рейна баржи ходят полупустыми",
            "Հռենոսի ծանծաղացման պատճառով բեռնանավերը կիսադատարկ են նավարկում",
        ),
        "lead": t(
            "Weeks without rain have left the river too shallow for fully loaded "
            "vessels, raising transport costs for industry.",
            "Из-за нескольких недель без дождей река обмелела настолько, что "
            "полностью загруженные суда пройти не могут, а расходы промышленности "
            "на перевозки растут.",
            "Մի քանի շաբաթ առանց անձրևի գետն այնքան է ծանծաղացել, որ լիովին "
            "բեռնված նավերը չեն կարող անցնել, և արդյունաբերության փոխադրման "
            "ծախսերն աճում են։",
        ),
        "paragraphs": [
            t(
                "The Rhine carries coal, grain, chemicals and fuel between the "
                "North Sea ports and factories inland. When water levels fall, "
                "shipping companies add surcharges and some cargo moves to rail "
                "and road.",
                "По Рейну перевозят уголь, зерно, химикаты и топливо между портами "
                "Северного моря и заводами в глубине континента. Когда уровень "
                "воды падает, судоходные компании вводят надбавки, а часть грузов "
                "уходит на железную дорогу и автотранспорт.",
                "Հռենոսով ածուխ, հացահատիկ, քիմիկատներ և վառելիք են տեղափոխվում "
                "Հյուսիսային ծովի նավահանգիստների և մայրցամաքի խորքում գտնվող "
                "գործարանների միջև։ Երբ ջրի մակարդակն իջնում է, նավագնացության "
                "ընկերությունները հավելավճարներ են սահմանում, իսկ բեռների մի մասն "
                "անցնում է երկաթուղու և ավտոտրանսպորտի։",
            ),
            t(
                "Authorities are deepening the riverbed at some of the shallowest "
                "points. Companies along the river are also ordering flatter "
                "barges designed to carry more cargo in low water.",
                "Власти углубляют русло на самых мелких участках. Компании вдоль "
                "реки заказывают и более плоскодонные баржи, способные перевозить "
                "больше груза на мелководье.",
                "Իշխանությունները խորացնում են հունը ամենածանծաղ հատվածներում։ "
                "Գետի երկայնքով գործող ընկերությունները պատվիրում են նաև ավելի "
                "տափակ հատակով բեռնանավեր, որոնք ընդունակ են ծանծաղ ջրում ավելի "
                "շատ բեռ տեղափոխել։",
            ),
        ],
        "tags": [1, 3],
    },
    {
        "headline": t(
            "Cyberattack disrupts a regional hospital network for three days",
            "Кибератака на три дня нарушила работу региональной сети больниц",
            "Կիբերհարձակումը երեք օրով խաթարել է տարածաշրջանային հիվանդանոցային "
            "ցանցի աշխատանքը",
        ),
        "lead": t(
            "Doctors returned to paper records, and some planned operations were "
            "postponed while systems were restored.",
            "Врачам пришлось вернуться к бумажным картам, а часть плановых "
            "операций перенесли, пока системы восстанавливали.",
            "Բժիշկները ստիպված են եղել վերադառնալ թղթային քարտերին, իսկ պլանային "
            "վիրահատությունների մի մասը հետաձգվել է, մինչ համակարգերը "
            "վերականգնվում էին։",
        ),
        "paragraphs": [
            t(
                "Emergency departments continued to work, but ambulances were "
                "redirected to other hospitals for a day. Investigators say the "
                "attackers encrypted files and demanded a ransom, which the "
                "hospitals refused to pay.",
                "Приёмные отделения продолжали работать, но на сутки машины скорой "
                "помощи перенаправляли в другие больницы. По словам следователей, "
                "злоумышленники зашифровали файлы и потребовали выкуп, который "
                "больницы платить отказались.",
                "Ընդունարանները շարունակել են աշխատել, սակայն մեկ օր շտապօգնության "
                "մեքենաներն ուղղորդվել են այլ հիվանդանոցներ։ Քննիչների խոսքով՝ "
                "հարձակվողները գաղտնագրել են ֆայլերը և փրկագին պահանջել, որը "
                "հիվանդանոցները հրաժարվել են վճարել։",
            ),
            t(
                "Backups allowed most data to be recovered. The incident has "
                "renewed calls for hospitals to invest in cybersecurity and to "
                "rehearse working offline.",
                "Резервные копии позволили восстановить большую часть данных. "
                "После инцидента вновь зазвучали призывы к больницам вкладываться "
                "в кибербезопасность и отрабатывать работу без сети.",
                "Պահուստային պատճենները թույլ են տվել վերականգնել տվյալների մեծ "
                "մասը։ Միջադեպից հետո կրկին հնչում են կոչեր, որ հիվանդանոցները "
                "ներդրումներ անեն կիբերանվտանգության մեջ և փորձարկեն առանց ցանցի "
                "աշխատելը։",
            ),
        ],
        "tags": [8, 6],
    },
    {
        "headline": t(
            "Host city of the next climate summit presents its plans",
            "Город, который примет следующий климатический саммит, представил свои планы",
            "Հաջորդ կլիմայական գագաթնաժողովը հյուրընկալող քաղաքը ներկայացրել է իր "
            "ծրագրերը",
        ),
        "lead": t(
            "Organisers promise electric shuttles, venues powered by renewable "
            "energy and a smaller official delegation list.",
            "Организаторы обещают электрические шаттлы, площадки на возобновляемой "
            "энергии и сокращённый список официальных делегаций.",
            "Կազմակերպիչները խոստանում են էլեկտրական մաքոքային ավտոբուսներ, "
            "վերականգնվող էներգիայով աշխատող հարթակներ և պատվիրակությունների "
            "կրճատված ցուցակ։",
        ),
        "paragraphs": [
            t(
                "About 60,000 participants are expected, and hotels in the city "
                "have been asked to cap their prices during the summit. The main "
                "venue will be a former exhibition centre that is being renovated.",
                "Ожидается около 60 тысяч участников, и гостиницы города попросили "
                "ограничить цены на время саммита. Главной площадкой станет бывший "
                "выставочный центр, который сейчас реконструируется.",
                "Սպասվում է շուրջ 60 հազար մասնակից, և քաղաքի հյուրանոցներին "
                "խնդրել են գագաթնաժողովի ընթացքում սահմանափակել գները։ Գլխավոր "
                "հարթակը կլինի նախկին ցուցահանդեսային կենտրոնը, որն այժմ "
                "վերակառուցվում է։",
            ),
            t(
                "Negotiators will focus on finance for countries most exposed to "
                "floods and droughts. Youth organisations have asked for a "
                "permanent space at the venue to meet delegates.",
                "В центре переговоров будет финансирование для стран, больше всего "
                "страдающих от наводнений и засух. Молодёжные организации "
                "попросили выделить на площадке постоянное место для встреч с "
                "делегатами.",
                "Բանակցությունների կենտրոնում կլինի ջրհեղեղներից և երաշտներից "
                "առավել տուժող երկրների ֆինանսավորումը։ Երիտասարդական "
                "կազմակերպությունները խնդրել են հարթակում մշտական տեղ հատկացնել "
                "պատվիրակների հետ հանդիպումների համար։",
            ),
        ],
        "tags": [3, 11],
    },
    {
        "headline": t(
            "Share of people in extreme poverty falls below 9 percent",
            "Доля живущих в крайней бедности опустилась ниже 9%",
            "Ծայրահեղ աղքատության մեջ ապրողների մասնաբաժինը իջել է 9 տոկոսից ցածր",
        ),
        "lead": t(
            "Progress has been uneven: most of the improvement came from South and "
            "East Asia, while numbers rose in some conflict-affected countries.",
            "Прогресс неравномерен: улучшение пришлось в основном на Южную и "
            "Восточную Азию, тогда как в ряде стран, затронутых конфликтами, "
            "показатели выросли.",
            "Առաջընթացն անհավասար է։ Բարելավման մեծ մասը բաժին է ընկել Հարավային և "
            "Արևելյան Ասիային, մինչդեռ հակամարտություններից տուժած մի շարք "
            "երկրներում ցուցանիշներն աճել են։",
        ),
        "paragraphs": [
            t(
                "The report by international lenders uses household surveys from "
                "more than 160 countries. It finds that access to electricity, "
                "clean water and schooling has improved faster than incomes.",
                "Доклад международных финансовых институтов основан на опросах "
                "домохозяйств более чем в 160 странах. В нём говорится, что доступ "
                "к электричеству, чистой воде и образованию улучшался быстрее, чем "
                "росли доходы.",
                "Միջազգային ֆինանսական կառույցների զեկույցը հիմնված է ավելի քան "
                "160 երկրում տնային տնտեսությունների հարցումների վրա։ Դրանում "
                "ասվում է, որ էլեկտրաէներգիայի, մաքուր ջրի և կրթության "
                "հասանելիությունը բարելավվել է ավելի արագ, քան աճել են "
                "եկամուտները։",
            ),
            t(
                "The authors warn that climate shocks such as floods and crop "
                "failures could push millions back into poverty. They call for "
                "social protection schemes that can be scaled up quickly after a "
                "disaster.",
                "Авторы предупреждают, что климатические потрясения, такие как "
                "наводнения и неурожаи, могут снова отбросить миллионы людей за "
                "черту бедности. Они призывают создавать системы социальной "
                "защиты, которые можно быстро расширить после бедствия.",
                "Հեղինակները զգուշացնում են, որ կլիմայական ցնցումները, ինչպիսիք են "
                "ջրհեղեղները և բերքի ոչնչացումը, կարող են միլիոնավոր մարդկանց "
                "կրկին աղքատության գիծ մղել։ Նրանք կոչ են անում ստեղծել սոցիալական "
                "պաշտպանության համակարգեր, որոնք հնարավոր կլինի արագ ընդլայնել "
                "աղետից հետո։",
            ),
        ],
        "tags": [18],
    },
]
