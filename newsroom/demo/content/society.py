"""Society: the section's stories, long reads first."""

from typing import Any

from .text import t

STORIES: list[dict[str, Any]] = [
    {
        "headline": t(
            "Renovated schools in {city} get ready for the new academic year",
            "В {city_loc} обновлённые школы готовятся к новому учебному году",
            "{city_loc} վերանորոգված դպրոցները պատրաստվում են նոր ուսումնական տարվան",
        ),
        "lead": t(
            "Repairs have been completed in 86 classrooms, and new science "
            "laboratories have been equipped in several buildings.",
            "В школах отремонтировали 86 классов, в нескольких зданиях оборудованы "
            "новые лаборатории.",
            "Վերանորոգվել է 86 դասասենյակ, իսկ մի քանի շենքերում կահավորվել են նոր "
            "լաբորատորիաներ։",
        ),
        "paragraphs": [
            t(
                "Work over the summer included replacing windows, upgrading "
                "heating systems and making entrances accessible for wheelchair "
                "users. In older buildings, the electrical wiring was completely "
                "renewed for the first time in decades.",
                "Летом в школах заменили окна, модернизировали системы отопления и "
                "оборудовали входы для людей на инвалидных колясках. В старых "
                "зданиях впервые за десятилетия полностью обновили "
                "электропроводку.",
                "Ամռան ընթացքում դպրոցներում փոխարինվել են պատուհանները, "
                "արդիականացվել են ջեռուցման համակարգերը, իսկ մուտքերը հարմարեցվել "
                "են անվասայլակով տեղաշարժվողների համար։ Հին շենքերում տասնամյակներ "
                "անց առաջին անգամ ամբողջությամբ նորացվել է էլեկտրալարերի "
                "համակարգը։",
            ),
            t(
                "Physics, chemistry and biology teachers will receive new "
                "laboratory equipment, including microscopes and digital sensors. "
                "Methodologists will run short training sessions so that the "
                "equipment is actually used in lessons.",
                "Учителя физики, химии и биологии получат новое лабораторное "
                "оборудование, в том числе микроскопы и цифровые датчики. "
                "Методисты проведут короткие тренинги, чтобы оборудование "
                "действительно использовалось на уроках.",
                "Ֆիզիկայի, քիմիայի և կենսաբանության ուսուցիչները կստանան նոր "
                "լաբորատոր սարքավորումներ, այդ թվում՝ մանրադիտակներ և թվային "
                "սենսորներ։ Մեթոդիստները կարճատև դասընթացներ կանցկացնեն, որպեսզի "
                "սարքավորումներն իսկապես օգտագործվեն դասերին։",
            ),
            t(
                "Parents in {city} welcomed the changes but asked the education "
                "department to pay attention to overcrowded classes in new "
                "residential districts. Officials said two additional schools were "
                "being designed for those areas.",
                "Родители в {city_loc} приветствовали перемены, но попросили "
                "управление образования обратить внимание на переполненные классы "
                "в новых жилых кварталах. Чиновники сообщили, что для этих районов "
                "проектируются ещё две школы.",
                "{city_gen} ծնողները ողջունեցին փոփոխությունները, սակայն կրթության "
                "վարչությանը խնդրեցին ուշադրություն դարձնել նոր բնակելի թաղամասերի "
                "գերբեռնված դասարաններին։ Պաշտոնյաները հայտնեցին, որ այդ "
                "թաղամասերի համար նախագծվում է ևս երկու դպրոց։",
            ),
            t(
                "School canteens were also inspected during the summer. New menus "
                "with more fresh vegetables and less sugar will be introduced "
                "gradually, following recommendations from nutritionists.",
                "Летом были проверены и школьные столовые. По рекомендациям "
                "диетологов постепенно будет введено новое меню — с большим "
                "количеством свежих овощей и меньшим содержанием сахара.",
                "Ամռանը ստուգվել են նաև դպրոցական ճաշարանները։ Սննդաբանների "
                "առաջարկությամբ աստիճանաբար կներդրվի նոր ճաշացանկ՝ ավելի շատ թարմ "
                "բանջարեղենով և ավելի քիչ շաքարով։",
            ),
            t(
                "The renovation programme will continue in {year}, with priority "
                "given to rural schools. Parents can find the list of buildings "
                "scheduled for repair on the education department's website.",
                "Программа ремонта продолжится в {year} году, приоритет получат "
                "сельские школы. Список зданий, запланированных к ремонту, "
                "родители могут найти на сайте управления образования.",
                "Վերանորոգման ծրագիրը կշարունակվի {year} թվականին, և "
                "առաջնահերթություն կտրվի գյուղական դպրոցներին։ Վերանորոգման ենթակա "
                "շենքերի ցանկը ծնողները կարող են գտնել կրթության վարչության "
                "կայքում։",
            ),
        ],
        "subheading": t(
            "New labs for science lessons",
            "Новые лаборатории для естественных наук",
            "Նոր լաբորատորիաներ բնագիտական առարկաների համար",
        ),
        "quote": {
            "text": t(
                "Children notice everything: a warm classroom and a working "
                "microscope tell them that their education matters.",
                "Дети замечают всё: тёплый класс и исправный микроскоп говорят им, "
                "что их образование важно.",
                "Երեխաներն ամեն ինչ նկատում են։ Տաք դասասենյակն ու աշխատող "
                "մանրադիտակը նրանց ասում են, որ իրենց կրթությունը կարևոր է։",
            ),
            "attribution": t(
                "Sevda Rahimova, head of the city education department",
                "Севда Рагимова, начальник городского управления образования",
                "Սևդա Ռահիմովա, քաղաքի կրթության վարչության պետ",
            ),
        },
        "facts_title": t(
            "Renovation results",
            "Итоги ремонта",
            "Վերանորոգման արդյունքները",
        ),
        "facts": [
            t(
                "Classrooms renovated: 86",
                "Отремонтировано классов: 86",
                "Վերանորոգված դասասենյակներ՝ 86",
            ),
            t(
                "Two new schools in design",
                "Проектируются две новые школы",
                "Նախագծվում է երկու նոր դպրոց",
            ),
            t(
                "Next stage: rural schools in {year}",
                "Следующий этап: сельские школы, {year} год",
                "Հաջորդ փուլը՝ գյուղական դպրոցներ, {year} թվական",
            ),
        ],
        "tags": [5, 19],
        "source": t(
            "City education department",
            "Городское управление образования",
            "Քաղաքի կրթության վարչություն",
        ),
    },
    {
        "headline": t(
            "{city} adds electric buses to its public transport fleet",
            "В {city_loc} на городские маршруты вышли электробусы",
            "{city_loc} քաղաքային երթուղիներում սկսել են աշխատել էլեկտրական ավտոբուսներ",
        ),
        "lead": t(
            "The new vehicles will serve 64 stops on three of the busiest routes, "
            "according to the transport agency.",
            "По данным транспортного агентства, новые машины будут обслуживать три "
            "самых загруженных маршрута с 64 остановками.",
            "Տրանսպորտային գործակալության տվյալներով՝ նոր մեքենաները կսպասարկեն "
            "երեք ամենածանրաբեռնված երթուղիները, որոնց վրա կա 64 կանգառ։",
        ),
        "paragraphs": [
            t(
                "The buses are low-floor and air-conditioned, with USB chargers "
                "and screens showing the next stop. Each vehicle can travel about "
                "250 kilometres on a single charge, enough for a full working day.",
                "Автобусы низкопольные, оснащены кондиционерами, USB-зарядками и "
                "экранами с названием следующей остановки. На одном заряде каждая "
                "машина проезжает около 250 километров — этого хватает на полный "
                "рабочий день.",
                "Ավտոբուսները ցածրահատակ են, հագեցված են օդորակիչներով, USB "
                "լիցքավորիչներով և հաջորդ կանգառը ցույց տվող էկրաններով։ "
                "Յուրաքանչյուր մեքենա մեկ լիցքավորմամբ անցնում է մոտ 250 կիլոմետր, "
                "ինչը բավարար է մեկ ամբողջ աշխատանքային օրվա համար։",
            ),
            t(
                "A charging depot has been built on the outskirts of {city}, where "
                "the buses will be charged overnight. Drivers completed a two-week "
                "course in energy-efficient driving.",
                "На окраине {city_gen} построено зарядное депо, где автобусы будут "
                "заряжаться по ночам. Водители прошли двухнедельный курс "
                "экономичного вождения.",
                "{city_gen} ծայրամասում կառուցվել է լիցքավորման դեպո, որտեղ "
                "ավտոբուսները կլիցքավորվեն գիշերները։ Վարորդներն անցել են "
                "էներգախնայող վարման երկշաբաթյա դասընթաց։",
            ),
            t(
                "Passengers interviewed on the first day praised the quiet ride "
                "and the clean interiors. Some, however, complained that intervals "
                "between buses were still too long during rush hour.",
                "Опрошенные в первый день пассажиры хвалили тихий ход и чистые "
                "салоны. Некоторые, однако, жаловались, что интервалы между "
                "автобусами в час пик по-прежнему слишком велики.",
                "Առաջին օրը հարցված ուղևորները գովում էին անաղմուկ երթևեկությունը "
                "և մաքուր սրահները։ Սակայն ոմանք դժգոհում էին, որ պիկ ժամերին "
                "ավտոբուսների միջև ընդմիջումները դեռևս չափազանց երկար են։",
            ),
            t(
                "The transport agency says it will adjust timetables using data "
                "from electronic ticket validators. Dedicated bus lanes on two "
                "central avenues are also planned to speed up journeys.",
                "В транспортном агентстве обещают скорректировать расписание на "
                "основе данных электронных валидаторов. Также планируется выделить "
                "полосы для общественного транспорта на двух центральных "
                "проспектах, чтобы ускорить движение.",
                "Տրանսպորտային գործակալությունում խոստանում են ճշգրտել չվացուցակը՝ "
                "էլեկտրոնային վալիդատորների տվյալների հիման վրա։ Նախատեսվում է նաև "
                "երկու կենտրոնական պողոտաներում առանձնացնել գծեր հասարակական "
                "տրանսպորտի համար՝ երթևեկությունն արագացնելու նպատակով։",
            ),
            t(
                "If the trial is successful, the city intends to replace most of "
                "its diesel fleet with electric vehicles by {year}. Environmental "
                "groups welcomed the plan, noting that it could improve air "
                "quality in the centre.",
                "В случае успеха эксперимента город намерен заменить большую часть "
                "дизельного парка электробусами к {year} году. Экологические "
                "организации приветствовали этот план, отметив, что он может "
                "улучшить качество воздуха в центре.",
                "Փորձի հաջողության դեպքում քաղաքը մտադիր է մինչև {year} թվականը "
                "դիզելային ավտոպարկի մեծ մասը փոխարինել էլեկտրական ավտոբուսներով։ "
                "Բնապահպանական կազմակերպությունները ողջունեցին այս ծրագիրը՝ "
                "նշելով, որ այն կարող է բարելավել օդի որակը կենտրոնում։",
            ),
        ],
        "subheading": t(
            "Quiet ride, long intervals",
            "Тихий ход, долгие интервалы",
            "Անաղմուկ երթևեկություն, երկար ընդմիջումներ",
        ),
        "quote": {
            "text": t(
                "Passengers should not have to choose between comfort and "
                "punctuality. We are working on both.",
                "Пассажиры не должны выбирать между комфортом и пунктуальностью. "
                "Мы работаем и над тем, и над другим.",
                "Ուղևորները չպետք է ընտրություն կատարեն հարմարավետության և "
                "ճշտապահության միջև։ Մենք աշխատում ենք երկուսի վրա էլ։",
            ),
            "attribution": t(
                "Ilkin Safarli, head of the city transport agency",
                "Илькин Сафарли, руководитель городского транспортного агентства",
                "Իլքին Սաֆարլի, քաղաքի տրանսպորտային գործակալության ղեկավար",
            ),
        },
        "facts_title": t(
            "The new buses",
            "Новые автобусы",
            "Նոր ավտոբուսները",
        ),
        "facts": [
            t(
                "Stops served: 64",
                "Остановок на маршрутах: 64",
                "Կանգառներ երթուղիներում՝ 64",
            ),
            t(
                "Range on one charge: about 250 km",
                "Запас хода: около 250 км",
                "Մեկ լիցքավորմամբ՝ մոտ 250 կմ",
            ),
            t(
                "Diesel fleet replacement target: {year}",
                "Замена дизельного парка: к {year} году",
                "Դիզելային պարկի փոխարինում՝ մինչև {year} թվականը",
            ),
        ],
        "tags": [1, 20, 0],
        "source": t(
            "City transport agency",
            "Городское транспортное агентство",
            "Քաղաքի տրանսպորտային գործակալություն",
        ),
    },
    {
        "headline": t(
            "Mobile clinics to visit remote villages for free health check-ups",
            "Мобильные клиники проведут бесплатные обследования в отдалённых сёлах",
            "Շարժական կլինիկաները անվճար հետազոտություններ կանցկացնեն հեռավոր "
            "գյուղերում",
        ),
        "lead": t(
            "Doctors will focus on heart health, diabetes screening and eye "
            "examinations, conditions that often go undetected in rural areas.",
            "Врачи сосредоточатся на проверке сердца, выявлении диабета и осмотре "
            "зрения — проблемах, которые в сельской местности часто остаются "
            "незамеченными.",
            "Բժիշկները կկենտրոնանան սրտի ստուգման, շաքարային դիաբետի հայտնաբերման "
            "և տեսողության զննման վրա, քանի որ այդ խնդիրները գյուղական "
            "բնակավայրերում հաճախ աննկատ են մնում։",
        ),
        "paragraphs": [
            t(
                "Each mobile clinic is a specially equipped truck with an "
                "examination room, an ultrasound scanner, an ECG machine and a "
                "small laboratory. A team made up of a general practitioner, a "
                "cardiologist, an ophthalmologist and two nurses travels with it.",
                "Каждая мобильная клиника — это специально оборудованный грузовик "
                "с кабинетом для осмотра, аппаратом УЗИ, электрокардиографом и "
                "небольшой лабораторией. Вместе с ней выезжает бригада из "
                "терапевта, кардиолога, офтальмолога и двух медсестёр.",
                "Յուրաքանչյուր շարժական կլինիկա հատուկ կահավորված բեռնատար է՝ "
                "զննման սենյակով, ուլտրաձայնային սարքով, էլեկտրասրտագրիչով և փոքր "
                "լաբորատորիայով։ Նրա հետ մեկնում է թերապևտից, սրտաբանից, "
                "ակնաբույժից և երկու բուժքրոջից բաղկացած խումբ։",
            ),
            t(
                "Village heads will draw up lists of residents who wish to be "
                "examined, with priority given to older people and those with "
                "chronic illnesses. Patients who need further treatment will be "
                "referred to hospitals in {city}.",
                "Главы сёл составят списки желающих пройти обследование, приоритет "
                "получат пожилые люди и пациенты с хроническими заболеваниями. "
                "Нуждающихся в дальнейшем лечении направят в больницы {city_gen}.",
                "Գյուղապետերը կկազմեն հետազոտություն անցնել ցանկացողների "
                "ցուցակները, և առաջնահերթություն կտրվի տարեցներին ու քրոնիկ "
                "հիվանդություններ ունեցողներին։ Հետագա բուժման կարիք ունեցողներին "
                "կուղեգրեն {city_gen} հիվանդանոցներ։",
            ),
            t(
                "A similar pilot last year uncovered many cases of undiagnosed "
                "high blood pressure. Doctors said that many patients had not seen "
                "a specialist for years because of the distance and the cost of "
                "travel.",
                "Аналогичный пилотный проект в прошлом году выявил немало случаев "
                "недиагностированной гипертонии. По словам врачей, многие пациенты "
                "годами не были у специалиста из-за расстояния и стоимости "
                "поездки.",
                "Անցյալ տարի նմանատիպ փորձնական ծրագիրը բացահայտել էր չախտորոշված "
                "բարձր զարկերակային ճնշման բազմաթիվ դեպքեր։ Բժիշկների խոսքով՝ շատ "
                "հիվանդներ տարիներով չէին այցելել մասնագետի՝ հեռավորության և "
                "ճանապարհածախսի պատճառով։",
            ),
            t(
                "The health ministry has also launched a telemedicine service that "
                "allows rural doctors to consult specialists by video link. "
                "Internet connections at village clinics are being upgraded to "
                "support it.",
                "Минздрав также запустил телемедицинскую службу, позволяющую "
                "сельским врачам консультироваться со специалистами по видеосвязи. "
                "Для её работы в сельских амбулаториях модернизируют "
                "интернет-подключение.",
                "Առողջապահության նախարարությունը գործարկել է նաև հեռաբժշկական "
                "ծառայություն, որը գյուղական բժիշկներին թույլ է տալիս տեսակապով "
                "խորհրդակցել մասնագետների հետ։ Դրա համար գյուղական "
                "ամբուլատորիաներում արդիականացվում է համացանցային կապը։",
            ),
            t(
                "The mobile clinics will work until late autumn and resume their "
                "visits in the spring of {year}. Residents can find the schedule "
                "at local administration offices and on the ministry's website.",
                "Мобильные клиники будут работать до поздней осени и возобновят "
                "выезды весной {year} года. Расписание можно узнать в местных "
                "администрациях и на сайте министерства.",
                "Շարժական կլինիկաները կաշխատեն մինչև ուշ աշուն և կվերսկսեն "
                "այցելությունները {year} թվականի գարնանը։ Ժամանակացույցին կարելի է "
                "ծանոթանալ տեղական վարչակազմերում և նախարարության կայքում։",
            ),
        ],
        "subheading": t(
            "Telemedicine for village doctors",
            "Телемедицина для сельских врачей",
            "Հեռաբժշկություն գյուղական բժիշկների համար",
        ),
        "quote": {
            "text": t(
                "For many of our patients, this is their first cardiogram in ten years.",
                "Для многих наших пациентов это первая кардиограмма за десять лет.",
                "Մեր հիվանդներից շատերի համար սա վերջին տասը տարում առաջին սրտագիրն է։",
            ),
            "attribution": t(
                "Nargiz Ismayilova, cardiologist with the mobile clinic team",
                "Наргиз Исмайлова, врач-кардиолог бригады мобильной клиники",
                "Նարգիզ Իսմայիլովա, շարժական կլինիկայի խմբի սրտաբան",
            ),
        },
        "facts_title": t(
            "About the programme",
            "О программе",
            "Ծրագրի մասին",
        ),
        "facts": [
            t(
                "Villages on this year's route: 45",
                "Сёл на маршруте в этом году: 45",
                "Այս տարվա երթուղում՝ 45 գյուղ",
            ),
            t(
                "Specialists on board: cardiologist, ophthalmologist, GP",
                "Специалисты: кардиолог, офтальмолог, терапевт",
                "Մասնագետներ՝ սրտաբան, ակնաբույժ, թերապևտ",
            ),
            t(
                "Next season starts: spring {year}",
                "Следующий сезон: весна {year} года",
                "Հաջորդ սեզոնը՝ {year} թվականի գարուն",
            ),
        ],
        "tags": [6, 8],
        "source": t(
            "Ministry of Health",
            "Министерство здравоохранения",
            "Առողջապահության նախարարություն",
        ),
    },
    {
        "headline": t(
            "Volunteers in {city} turn a neglected riverbank into a green walkway",
            "В {city_loc} волонтёры превратили заброшенный берег реки в зелёный бульвар",
            "{city_loc} կամավորները լքված գետափը վերածել են կանաչ զբոսայգու",
        ),
        "lead": t(
            "More than 300 people joined the weekend clean-up, which ended with "
            "the planting of young plane trees and poplars.",
            "В субботнике приняли участие более 300 человек, а завершилась акция "
            "посадкой молодых платанов и тополей.",
            "Հանգստյան օրերին անցկացված մաքրման արշավին մասնակցել է ավելի քան 300 "
            "մարդ։ Այն ավարտվել է երիտասարդ սոսիների և բարդիների տնկմամբ։",
        ),
        "paragraphs": [
            t(
                "The idea came from a group of neighbours who were tired of seeing "
                "rubbish and broken benches by the water. They announced the event "
                "on social media and were surprised by the response.",
                "Идея принадлежит группе соседей, которым надоело видеть мусор и "
                "сломанные скамейки у воды. Они объявили об акции в соцсетях и "
                "были удивлены откликом.",
                "Գաղափարը պատկանում է մի խումբ հարևանների, ովքեր հոգնել էին ջրի "
                "մոտ աղբ և կոտրված նստարաններ տեսնելուց։ Նրանք սոցիալական "
                "ցանցերում հայտարարեցին միջոցառման մասին և զարմացան արձագանքից։",
            ),
            t(
                "Students, pensioners, families with children and employees of "
                "local companies worked side by side for two days. The "
                "municipality provided gloves, bags and lorries to take away the "
                "waste.",
                "Студенты, пенсионеры, семьи с детьми и сотрудники местных "
                "компаний два дня работали бок о бок. Муниципалитет выделил "
                "перчатки, мешки и грузовики для вывоза мусора.",
                "Ուսանողները, թոշակառուները, երեխաներով ընտանիքները և տեղական "
                "ընկերությունների աշխատակիցները երկու օր աշխատեցին կողք կողքի։ "
                "Համայնքապետարանը տրամադրեց ձեռնոցներ, պարկեր և աղբը տեղափոխելու "
                "համար բեռնատարներ։",
            ),
            t(
                "Landscape designers from a university in {city} drew up a simple "
                "plan for the site, with footpaths, shaded corners and a small "
                "playground. Some of the benches were made by volunteers from "
                "recycled wood.",
                "Ландшафтные дизайнеры из университета {city_gen} подготовили "
                "несложный план территории с пешеходными дорожками, тенистыми "
                "уголками и небольшой детской площадкой. Часть скамеек волонтёры "
                "изготовили из переработанной древесины.",
                "{city_gen} համալսարանի լանդշաֆտային դիզայներները տարածքի համար "
                "պարզ նախագիծ կազմեցին՝ հետիոտն արահետներով, ստվերոտ անկյուններով "
                "և փոքր խաղահրապարակով։ Նստարանների մի մասը կամավորները պատրաստել "
                "են վերամշակված փայտից։",
            ),
            t(
                "Ecologists welcomed the initiative but stressed that the young "
                "trees will need regular watering during their first summers. "
                "Volunteers have already drawn up a rota so that residents take "
                "turns looking after the seedlings.",
                "Экологи приветствовали инициативу, но подчеркнули, что деревьям в "
                "первые годы понадобится регулярный полив. Волонтёры уже составили "
                "график, по которому жители будут по очереди ухаживать за "
                "саженцами.",
                "Բնապահպանները ողջունեցին նախաձեռնությունը, սակայն ընդգծեցին, որ "
                "առաջին տարիներին ծառերին անհրաժեշտ կլինի կանոնավոր ջրում։ "
                "Կամավորներն արդեն կազմել են ժամանակացույց, ըստ որի՝ բնակիչները "
                "հերթով կխնամեն տնկիները։",
            ),
            t(
                "The organisers plan to repeat the event every spring and autumn. "
                "The municipality has promised to install lighting along the new "
                "walkway before the end of {year}.",
                "Организаторы планируют проводить подобные акции каждую весну и "
                "осень. Муниципалитет пообещал до конца {year} года установить "
                "освещение вдоль нового бульвара.",
                "Կազմակերպիչները նախատեսում են նման միջոցառումներ անցկացնել ամեն "
                "գարուն և աշուն։ Համայնքապետարանը խոստացել է մինչև {year} թվականի "
                "վերջ նոր զբոսայգու երկայնքով լուսավորություն տեղադրել։",
            ),
        ],
        "subheading": t(
            "Neighbours take the lead",
            "Инициатива снизу",
            "Նախաձեռնությունը՝ հարևաններից",
        ),
        "quote": {
            "text": t(
                "We did not wait for someone else to fix it. We simply came with "
                "gloves and shovels.",
                "Мы не стали ждать, пока кто-то всё исправит, а просто пришли с "
                "перчатками и лопатами.",
                "Մենք չսպասեցինք, որ ուրիշը շտկի ամեն ինչ։ Պարզապես եկանք "
                "ձեռնոցներով և բահերով։",
            ),
            "attribution": t(
                "Kamala Aghayeva, one of the organisers",
                "Камала Агаева, одна из организаторов акции",
                "Քամալա Աղաևա, միջոցառման կազմակերպիչներից",
            ),
        },
        "facts_title": t(
            "Clean-up results",
            "Итоги акции",
            "Արշավի արդյունքները",
        ),
        "facts": [
            t(
                "Participants: more than 300",
                "Участников: более 300",
                "Մասնակիցներ՝ ավելի քան 300",
            ),
            t(
                "Planted: plane trees and poplars",
                "Высажены платаны и тополя",
                "Տնկվել են սոսիներ և բարդիներ",
            ),
            t(
                "Lighting promised by the end of {year}",
                "Освещение обещают к концу {year} года",
                "Լուսավորությունը խոստացված է մինչև {year} թվականի վերջ",
            ),
        ],
        "tags": [20, 3],
    },
    {
        "headline": t(
            "Free courses help older residents of {city} master smartphones and "
            "online services",
            "В {city_loc} пенсионеров бесплатно учат пользоваться смартфонами и "
            "онлайн-сервисами",
            "{city_loc} տարեցներին անվճար սովորեցնում են օգտվել սմարթֆոններից և "
            "առցանց ծառայություններից",
        ),
        "lead": t(
            "Classes are held in libraries and community centres, where volunteers "
            "explain everything from video calls to paying utility bills online.",
            "Занятия проходят в библиотеках и домах культуры: волонтёры объясняют "
            "всё — от видеозвонков до оплаты коммунальных услуг через интернет.",
            "Դասընթացներն անցկացվում են գրադարաններում և մշակույթի տներում, որտեղ "
            "կամավորները բացատրում են ամեն ինչ՝ տեսազանգերից մինչև կոմունալ "
            "վճարումների առցանց կատարումը։",
        ),
        "paragraphs": [
            t(
                "Each course lasts four weeks, with two lessons a week in small "
                "groups. Participants learn to set up messaging apps, protect "
                "their accounts with strong passwords and recognise fraudulent "
                "messages.",
                "Каждый курс длится четыре недели, занятия проходят дважды в "
                "неделю в небольших группах. Слушатели учатся настраивать "
                "мессенджеры, защищать аккаунты надёжными паролями и распознавать "
                "мошеннические сообщения.",
                "Յուրաքանչյուր դասընթաց տևում է չորս շաբաթ՝ շաբաթական երկու դասով, "
                "փոքր խմբերով։ Մասնակիցները սովորում են կարգավորել "
                "հաղորդագրությունների հավելվածները, հուսալի գաղտնաբառերով "
                "պաշտպանել իրենց հաշիվները և ճանաչել խարդախ հաղորդագրությունները։",
            ),
            t(
                "For many, the main motivation is staying in touch with children "
                "and grandchildren who live in other cities or abroad. Several "
                "participants said they had made their first ever video call "
                "during the very first lesson.",
                "Для многих главный стимул — возможность общаться с детьми и "
                "внуками, живущими в других городах или за границей. Несколько "
                "слушателей рассказали, что совершили свой первый видеозвонок "
                "прямо на первом занятии.",
                "Շատերի համար հիմնական դրդապատճառը այլ քաղաքներում կամ "
                "արտասահմանում ապրող երեխաների և թոռների հետ կապ պահպանելն է։ Մի "
                "քանի մասնակից պատմեցին, որ իրենց կյանքի առաջին տեսազանգը կատարել "
                "են հենց առաջին դասին։",
            ),
            t(
                "The volunteers are mostly students from universities in {city}, "
                "who receive credit for community service. Teachers say patience "
                "matters more than technical knowledge, since some things have to "
                "be explained many times.",
                "Волонтёры — в основном студенты вузов {city_gen}, которым участие "
                "засчитывается как общественная работа. Преподаватели говорят, что "
                "терпение здесь важнее технических знаний: некоторые вещи "
                "приходится объяснять много раз.",
                "Կամավորները հիմնականում {city_gen} բուհերի ուսանողներ են, որոնց "
                "համար մասնակցությունը հաշվվում է որպես հասարակական աշխատանք։ "
                "Դասավանդողների խոսքով՝ այստեղ համբերությունն ավելի կարևոր է, քան "
                "տեխնիկական գիտելիքը, քանի որ որոշ բաներ պետք է բացատրել բազմաթիվ "
                "անգամներ։",
            ),
            t(
                "Banks and mobile operators have supported the project by "
                "providing demonstration devices and guides printed in large type. "
                "Police officers have also visited classes to talk about common "
                "phone scams.",
                "Банки и мобильные операторы поддержали проект, предоставив "
                "демонстрационные устройства и памятки, напечатанные крупным "
                "шрифтом. На занятия приходили и сотрудники полиции, чтобы "
                "рассказать о распространённых телефонных мошенничествах.",
                "Բանկերը և բջջային օպերատորներն աջակցել են նախագծին՝ տրամադրելով "
                "ցուցադրական սարքեր և խոշոր տառատեսակով տպված ուղեցույցներ։ "
                "Դասերին այցելել են նաև ոստիկաններ՝ պատմելու հեռախոսային "
                "խարդախության տարածված սխեմաների մասին։",
            ),
            t(
                "Demand has exceeded expectations, and waiting lists have formed "
                "in several neighbourhoods. The organisers hope to open courses in "
                "every district library by {year}.",
                "Спрос превзошёл ожидания: в нескольких кварталах образовались "
                "листы ожидания. Организаторы надеются к {year} году открыть курсы "
                "в каждой районной библиотеке.",
                "Պահանջարկը գերազանցել է սպասելիքները, և մի քանի թաղամասերում "
                "գոյացել են սպասման ցուցակներ։ Կազմակերպիչները հույս ունեն մինչև "
                "{year} թվականը դասընթացներ բացել յուրաքանչյուր շրջանային "
                "գրադարանում։",
            ),
        ],
        "subheading": t(
            "Patience over technology",
            "Терпение важнее техники",
            "Համբերությունն ավելի կարևոր է, քան տեխնիկան",
        ),
        "quote": {
            "text": t(
                "Now I can see my grandson every evening, even though he lives "
                "thousands of kilometres away.",
                "Теперь я вижу внука каждый вечер, хотя он живёт за тысячи километров.",
                "Հիմա ես ամեն երեկո տեսնում եմ թոռանս, թեև նա ապրում է հազարավոր "
                "կիլոմետրեր հեռու։",
            ),
            "attribution": t(
                "Zarifa Mammadova, 71, course participant",
                "Зарифа Мамедова, 71 год, слушательница курса",
                "Զարիֆա Մամեդովա, 71 տարեկան, դասընթացի մասնակից",
            ),
        },
        "facts_title": t(
            "Course details",
            "О курсах",
            "Դասընթացների մասին",
        ),
        "facts": [
            t(
                "Graduates of the first intake: 150",
                "Выпускников первого набора: 150",
                "Առաջին հոսքի շրջանավարտներ՝ 150",
            ),
            t(
                "Length: four weeks, two lessons a week",
                "Продолжительность: четыре недели, два занятия в неделю",
                "Տևողությունը՝ չորս շաբաթ, շաբաթական երկու դաս",
            ),
            t(
                "Goal: a course in every district library by {year}",
                "Цель: курсы в каждой районной библиотеке к {year} году",
                "Նպատակը՝ դասընթացներ յուրաքանչյուր շրջանային գրադարանում մինչև "
                "{year} թվականը",
            ),
        ],
        "tags": [5, 8, 22],
        "source": t(
            "Central city library",
            "Центральная городская библиотека",
            "Քաղաքային կենտրոնական գրադարան",
        ),
    },
    {
        "headline": t(
            "National library opens a reading room that never closes",
            "В Национальной библиотеке открылся круглосуточный читальный зал",
            "Ազգային գրադարանում բացվել է շուրջօրյա ընթերցասրահ",
        ),
        "lead": t(
            "Students asked for it during exam season, and the library now keeps "
            "one hall open 24 hours a day.",
            "Об этом просили студенты в сессию, и теперь один из залов библиотеки "
            "работает круглые сутки.",
            "Դրա մասին խնդրել էին ուսանողները քննաշրջանում, և այժմ գրադարանի "
            "սրահներից մեկը գործում է օրը քսանչորս ժամ։",
        ),
        "paragraphs": [
            t(
                "The hall has 120 seats, sockets at every desk and a quiet room "
                "for group work. Entry after ten in the evening is by reader's "
                "card, and a security guard is on duty through the night.",
                "В зале 120 мест, розетки у каждого стола и отдельная комната для "
                "групповых занятий. После десяти вечера вход — по читательскому "
                "билету, ночью дежурит охранник.",
                "Սրահում կա 120 տեղ, յուրաքանչյուր սեղանի մոտ՝ վարդակ, և խմբային "
                "պարապմունքների համար առանձին սենյակ։ Երեկոյան տասից հետո մուտքը "
                "ընթերցողի տոմսով է, իսկ գիշերը հերթապահում է պահակը։",
            ),
            t(
                "In the first week, the hall was busiest between midnight and "
                "three in the morning. The library plans to add a small café and "
                "is asking readers which books they would like available "
                "overnight.",
                "В первую неделю больше всего посетителей было с полуночи до трёх "
                "часов ночи. Библиотека планирует открыть небольшое кафе и "
                "спрашивает читателей, какие книги они хотели бы видеть в доступе "
                "по ночам.",
                "Առաջին շաբաթում ամենաշատ այցելուները եղել են կեսգիշերից մինչև "
                "գիշերվա ժամը երեքը։ Գրադարանը նախատեսում է բացել փոքրիկ սրճարան և "
                "ընթերցողներին հարցնում է, թե որ գրքերը կցանկանային հասանելի "
                "տեսնել գիշերը։",
            ),
        ],
        "tags": [5],
    },
    {
        "headline": t(
            "Blood donation drive collects 1,800 donations in a week",
            "За неделю донорской акции собрано 1800 доз крови",
            "Դոնորական ակցիայի ընթացքում մեկ շաբաթում հավաքվել է 1800 չափաբաժին արյուն",
        ),
        "lead": t(
            "Mobile collection points visited universities, factories and shopping "
            "centres ahead of the summer, when reserves usually run low.",
            "Перед летом, когда запасы обычно истощаются, мобильные пункты сбора "
            "побывали в вузах, на заводах и в торговых центрах.",
            "Ամռանից առաջ, երբ պաշարները սովորաբար սպառվում են, արյան հավաքման "
            "շարժական կետերն այցելել են բուհեր, գործարաններ և առևտրի կենտրոններ։",
        ),
        "paragraphs": [
            t(
                "More than a third of donors were giving blood for the first time, "
                "the national blood centre said. Each donor received a free health "
                "check, and regular donors will get a text message when their "
                "blood type is in short supply.",
                "По данным Национального центра крови, более трети доноров сдавали "
                "кровь впервые. Каждый донор прошёл бесплатное обследование, а "
                "постоянным донорам будут приходить SMS, когда их группы крови "
                "станет не хватать.",
                "Արյան ազգային կենտրոնի տվյալներով՝ դոնորների մեկ երրորդից ավելին "
                "արյուն են հանձնել առաջին անգամ։ Յուրաքանչյուր դոնոր անցել է "
                "անվճար զննում, իսկ մշտական դոնորները SMS կստանան, երբ իրենց արյան "
                "խմբի պակաս լինի։",
            ),
            t(
                "Hospitals say the donations will cover planned operations through "
                "July. The centre reminded that healthy adults may give blood "
                "every three months.",
                "В больницах говорят, что собранной крови хватит на плановые "
                "операции до июля. В центре напомнили, что здоровые взрослые могут "
                "сдавать кровь раз в три месяца.",
                "Հիվանդանոցներում ասում են, որ հավաքված արյունը բավարար կլինի "
                "պլանային վիրահատությունների համար մինչև հուլիս։ Կենտրոնում "
                "հիշեցրել են, որ առողջ չափահասները կարող են արյուն հանձնել երեք "
                "ամիսը մեկ։",
            ),
        ],
        "tags": [6],
    },
    {
        "headline": t(
            "Raised crossings and speed bumps built outside forty schools",
            "У сорока школ обустроили приподнятые переходы и «лежачих полицейских»",
            "Քառասուն դպրոցի մոտ կառուցվել են բարձրացված անցումներ և արագության "
            "սահմանափակիչներ",
        ),
        "lead": t(
            "The work was finished before the new school year and follows "
            "complaints from parents about speeding cars.",
            "Работы завершили к новому учебному году после жалоб родителей на лихачей.",
            "Աշխատանքներն ավարտվել են նոր ուսումնական տարվա մեկնարկին՝ "
            "արագությունը գերազանցող վարորդների վերաբերյալ ծնողների բողոքներից "
            "հետո։",
        ),
        "paragraphs": [
            t(
                "Each crossing has new lighting and bright yellow signs, and the "
                "speed limit near schools has been lowered to 30 kilometres an "
                "hour. Traffic police will patrol the busiest spots in the "
                "mornings.",
                "Каждый переход получил новое освещение и ярко-жёлтые знаки, а "
                "ограничение скорости возле школ снижено до 30 километров в час. "
                "По утрам на самых оживлённых участках будет дежурить дорожная "
                "полиция.",
                "Յուրաքանչյուր անցում ստացել է նոր լուսավորություն և վառ դեղին "
                "նշաններ, իսկ դպրոցների մոտ արագության սահմանափակումը իջեցվել է "
                "մինչև ժամում 30 կիլոմետր։ Առավոտյան ամենաբանուկ հատվածներում "
                "կհերթապահի ճանապարհային ոստիկանությունը։",
            ),
            t(
                "The city plans to equip another sixty schools next year. Parents "
                "can report dangerous spots through a form on the city's website.",
                "В следующем году город планирует оборудовать ещё шестьдесят школ. "
                "Сообщить об опасных местах родители могут через форму на сайте "
                "мэрии.",
                "Հաջորդ տարի քաղաքը նախատեսում է կահավորել ևս վաթսուն դպրոցի "
                "մոտակայքը։ Ծնողները կարող են վտանգավոր վայրերի մասին հայտնել "
                "քաղաքապետարանի կայքում տեղադրված ձևաթղթով։",
            ),
        ],
        "tags": [1, 5],
    },
    {
        "headline": t(
            "Sumgait animal shelter finds homes for 200 dogs in a year",
            "Приют в Сумгайыте за год нашёл хозяев для 200 собак",
            "Սումգայիթի կացարանը մեկ տարում տեր է գտել 200 շան համար",
        ),
        "lead": t(
            "Volunteers credit a weekly adoption day in the city park and photos "
            "of every dog posted online.",
            "Волонтёры объясняют успех еженедельным днём пристройства в городском "
            "парке и фотографиями каждой собаки в интернете.",
            "Կամավորները հաջողությունը բացատրում են քաղաքային այգում ամենշաբաթյա "
            "որդեգրման օրով և յուրաքանչյուր շան լուսանկարը համացանցում տեղադրելով։",
        ),
        "paragraphs": [
            t(
                "The shelter was opened by the municipality three years ago and is "
                "run together with a volunteer group. All animals are vaccinated, "
                "sterilised and microchipped before going to a new home.",
                "Приют открыл муниципалитет три года назад, и работает он вместе с "
                "группой волонтёров. Перед тем как отправиться в новый дом, все "
                "животные проходят вакцинацию, стерилизацию и чипирование.",
                "Կացարանը երեք տարի առաջ բացել է համայնքապետարանը, և այն գործում է "
                "կամավորների խմբի հետ համատեղ։ Նոր տուն գնալուց առաջ բոլոր "
                "կենդանիները պատվաստվում, ստերիլիզացվում և չիպավորվում են։",
            ),
            t(
                "About sixty dogs are still waiting for owners. The shelter also "
                "invites schoolchildren for lessons on caring for pets and asks "
                "residents to donate old blankets before the winter.",
                "Около шестидесяти собак всё ещё ждут хозяев. Приют также "
                "приглашает школьников на уроки по уходу за домашними животными и "
                "просит жителей до зимы приносить старые одеяла.",
                "Մոտ վաթսուն շուն դեռ տեր են սպասում։ Կացարանը նաև դպրոցականներին "
                "հրավիրում է ընտանի կենդանիների խնամքի դասերի և խնդրում է "
                "բնակիչներին մինչև ձմեռ բերել հին վերմակներ։",
            ),
        ],
        "tags": [20],
    },
    {
        "headline": t(
            "Heatwave: drinking water stations set up at bus stops",
            "Жара: на остановках установили пункты питьевой воды",
            "Շոգի պատճառով կանգառներում տեղադրվել են խմելու ջրի կետեր",
        ),
        "lead": t(
            "Temperatures are expected to stay above 40 degrees until the weekend, "
            "and doctors advise avoiding the sun at midday.",
            "Температура до выходных будет держаться выше 40 градусов, и врачи "
            "советуют не выходить на солнце в полдень.",
            "Մինչև հանգստյան օրեր ջերմաստիճանը կմնա 40 աստիճանից բարձր, և "
            "բժիշկները խորհուրդ են տալիս կեսօրին արևի տակ դուրս չգալ։",
        ),
        "paragraphs": [
            t(
                "The city has placed water tanks with paper cups at eighty busy "
                "stops and at the entrances to metro stations. Parks will stay "
                "open and their fountains switched on until midnight.",
                "Город установил баки с водой и бумажными стаканчиками на "
                "восьмидесяти оживлённых остановках и у входов в метро. Парки "
                "будут открыты, а фонтаны — работать до полуночи.",
                "Քաղաքը ջրի տարաներ և թղթե բաժակներ է տեղադրել ութսուն բանուկ "
                "կանգառում և մետրոյի մուտքերի մոտ։ Այգիները բաց կլինեն, իսկ "
                "շատրվանները կաշխատեն մինչև կեսգիշեր։",
            ),
            t(
                "The health ministry urged people to check on older neighbours and "
                "never to leave children or pets in parked cars. Employers of "
                "outdoor workers must provide shaded rest breaks.",
                "Минздрав призвал навещать пожилых соседей и ни в коем случае не "
                "оставлять детей и животных в припаркованных машинах. Работодатели "
                "обязаны обеспечить тем, кто работает на улице, перерывы в тени.",
                "Առողջապահության նախարարությունը կոչ է արել այցելել տարեց "
                "հարևաններին և ոչ մի դեպքում երեխաներին ու կենդանիներին չթողնել "
                "կայանված մեքենաներում։ Գործատուները պարտավոր են բացօթյա "
                "աշխատողներին ապահովել ստվերում հանգստի ընդմիջումներ։",
            ),
        ],
        "tags": [17, 6],
    },
    {
        "headline": t(
            "Every second-grader to get free swimming lessons",
            "Всех второклассников бесплатно научат плавать",
            "Բոլոր երկրորդ դասարանցիներին անվճար լող կսովորեցնեն",
        ),
        "lead": t(
            "The programme starts in the autumn in twelve public pools, with buses "
            "taking classes from school to the pool.",
            "Программа стартует осенью в двенадцати муниципальных бассейнах; "
            "классы будут возить из школы на автобусах.",
            "Ծրագիրը կմեկնարկի աշնանը տասներկու հանրային լողավազանում, և "
            "դասարաններին դպրոցից ավտոբուսներով կտեղափոխեն։",
        ),
        "paragraphs": [
            t(
                "Each child will have ten lessons with a qualified coach. The "
                "education ministry says many children living near the sea and "
                "reservoirs still cannot swim, and drowning remains a risk every "
                "summer.",
                "Каждый ребёнок пройдёт десять занятий с дипломированным тренером. "
                "В министерстве образования отмечают, что многие дети, живущие у "
                "моря и водохранилищ, до сих пор не умеют плавать, и каждое лето "
                "это оборачивается трагедиями.",
                "Յուրաքանչյուր երեխա կանցնի տասը պարապմունք որակավորված մարզչի "
                "հետ։ Կրթության նախարարությունում նշում են, որ ծովի և ջրամբարների "
                "մոտ ապրող շատ երեխաներ դեռ լողալ չգիտեն, և ամեն ամառ դա "
                "ողբերգությունների պատճառ է դառնում։",
            ),
            t(
                "Parents must sign a consent form and provide a medical "
                "certificate. Schools far from a pool will join the programme next "
                "year, when two new pools open.",
                "Родителям нужно подписать согласие и предоставить медицинскую "
                "справку. Школы, расположенные далеко от бассейнов, подключатся к "
                "программе в следующем году, когда откроются два новых бассейна.",
                "Ծնողները պետք է ստորագրեն համաձայնության ձև և ներկայացնեն "
                "բժշկական տեղեկանք։ Լողավազաններից հեռու գտնվող դպրոցները ծրագրին "
                "կմիանան հաջորդ տարի, երբ կբացվեն երկու նոր լողավազան։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "University entrance exam results published: more top scores in maths",
            "Опубликованы результаты вступительных экзаменов: высших баллов по "
            "математике стало больше",
            "Բուհական ընդունելության քննություններում մաթեմատիկայից առավելագույն "
            "միավորներն ավելացել են",
        ),
        "lead": t(
            "About 74,000 school leavers sat the tests, and 640 of them scored the "
            "maximum in mathematics.",
            "Экзамены сдавали около 74 тысяч выпускников, 640 из них набрали "
            "максимальный балл по математике.",
            "Քննություններ է հանձնել շուրջ 74 հազար շրջանավարտ, որոնցից 640-ը "
            "մաթեմատիկայից առավելագույն միավոր է հավաքել։",
        ),
        "paragraphs": [
            t(
                "The testing centre says results in maths and physics improved for "
                "the third year in a row, while scores in foreign languages were "
                "slightly lower. Students from rural schools narrowed the gap with "
                "the capital.",
                "В центре тестирования отмечают, что результаты по математике и "
                "физике улучшаются третий год подряд, а по иностранным языкам "
                "баллы немного снизились. Выпускники сельских школ сократили "
                "отставание от столичных.",
                "Թեստավորման կենտրոնում նշում են, որ մաթեմատիկայից և ֆիզիկայից "
                "արդյունքներն անընդմեջ երրորդ տարին բարելավվում են, իսկ օտար "
                "լեզուներից միավորները փոքր-ինչ նվազել են։ Գյուղական դպրոցների "
                "շրջանավարտները կրճատել են մայրաքաղաքից հետ մնալը։",
            ),
            t(
                "Applicants can choose their universities and programmes online "
                "until the end of the month. Those who disagree with their results "
                "may file an appeal within three days.",
                "Выбрать вузы и специальности абитуриенты могут онлайн до конца "
                "месяца. Не согласные с результатами могут подать апелляцию в "
                "течение трёх дней.",
                "Դիմորդները կարող են բուհերն ու մասնագիտությունները ընտրել առցանց "
                "մինչև ամսվա վերջ։ Արդյունքների հետ համաձայն չլինողները կարող են "
                "երեք օրվա ընթացքում բողոքարկում ներկայացնել։",
            ),
        ],
        "tags": [5],
    },
    {
        "headline": t(
            "Free summer camps for 6,000 children from low-income families",
            "Дети из малообеспеченных семей бесплатно отдохнут в летних лагерях",
            "Անապահով ընտանիքների 6000 երեխա անվճար կհանգստանա ամառային ճամբարներում",
        ),
        "lead": t(
            "Ten-day stays at seaside and mountain camps are paid for by the state "
            "and several large companies.",
            "Десятидневный отдых в лагерях на море и в горах оплатят государство и "
            "несколько крупных компаний.",
            "Ծովափնյա և լեռնային ճամբարներում տասնօրյա հանգիստը կվճարեն "
            "պետությունը և մի քանի խոշոր ընկերություններ։",
        ),
        "paragraphs": [
            t(
                "Places are allocated through social services, and priority goes "
                "to children who have never been to a camp. Every camp must offer "
                "sport, a creative workshop and at least one excursion.",
                "Путёвки распределяют социальные службы, в первую очередь — детям, "
                "которые никогда не бывали в лагере. В каждом лагере должны быть "
                "спорт, творческая мастерская и хотя бы одна экскурсия.",
                "Ուղեգրերը բաշխում են սոցիալական ծառայությունները՝ առաջին հերթին "
                "այն երեխաներին, որոնք երբեք ճամբարում չեն եղել։ Յուրաքանչյուր "
                "ճամբարում պետք է լինեն սպորտ, ստեղծագործական արհեստանոց և առնվազն "
                "մեկ էքսկուրսիա։",
            ),
            t(
                "Inspectors checked the camps' kitchens, beds and swimming areas "
                "in May. Parents can follow a daily photo diary from each camp on "
                "a closed online channel.",
                "В мае инспекторы проверили в лагерях кухни, спальные корпуса и "
                "места для купания. Родители смогут следить за ежедневным "
                "фотодневником каждого лагеря в закрытом онлайн-канале.",
                "Մայիսին տեսուչները ճամբարներում ստուգել են խոհանոցները, "
                "ննջարանները և լողի վայրերը։ Ծնողները կկարողանան հետևել "
                "յուրաքանչյուր ճամբարի ամենօրյա լուսանկարչական օրագրին փակ առցանց "
                "ալիքում։",
            ),
        ],
        "tags": [5],
    },
    {
        "headline": t(
            "Supermarkets start collecting used batteries",
            "Супермаркеты начали принимать использованные батарейки",
            "Սուպերմարկետներն սկսել են ընդունել օգտագործված մարտկոցներ",
        ),
        "lead": t(
            "Collection boxes have appeared at the exits of 350 stores, and the "
            "batteries will be sent abroad for recycling.",
            "Контейнеры для сбора появились у выходов из 350 магазинов, а "
            "батарейки отправят на переработку за рубеж.",
            "Հավաքման արկղեր են հայտնվել 350 խանութի ելքերի մոտ, և մարտկոցները "
            "կուղարկվեն արտասահման՝ վերամշակման։",
        ),
        "paragraphs": [
            t(
                "Until now, most batteries ended up in household rubbish and at "
                "landfills, where they can leak heavy metals into the soil. The "
                "scheme is run by retailers together with the ecology ministry.",
                "До сих пор большая часть батареек попадала в бытовой мусор и на "
                "полигоны, где из них в почву могут просачиваться тяжёлые металлы. "
                "Программу ведут торговые сети совместно с министерством экологии.",
                "Մինչ այժմ մարտկոցների մեծ մասը հայտնվում էր կենցաղային աղբի մեջ և "
                "աղբավայրերում, որտեղից ծանր մետաղները կարող են թափանցել հող։ "
                "Ծրագիրն իրականացնում են առևտրային ցանցերը՝ էկոլոգիայի "
                "նախարարության հետ համատեղ։",
            ),
            t(
                "Schools that collect the most batteries by the end of the year "
                "will receive sports equipment. Old mobile phones and chargers can "
                "be dropped off at electronics stores.",
                "Школы, которые к концу года соберут больше всего батареек, "
                "получат спортивный инвентарь. Старые мобильные телефоны и "
                "зарядные устройства можно сдать в магазинах электроники.",
                "Մինչև տարեվերջ ամենաշատ մարտկոց հավաքած դպրոցները կստանան "
                "մարզագույք։ Հին բջջային հեռախոսները և լիցքավորիչները կարելի է "
                "հանձնել էլեկտրոնիկայի խանութներում։",
            ),
        ],
        "tags": [20],
    },
    {
        "headline": t(
            "Emergency app lets callers share their location with one tap",
            "Приложение экстренных служб позволяет одним нажатием сообщить своё "
            "местоположение",
            "Արտակարգ ծառայությունների հավելվածը թույլ է տալիս մեկ հպումով "
            "հաղորդել գտնվելու վայրը",
        ),
        "lead": t(
            "The app connects to the 112 line and also lets people who cannot "
            "speak send a text message to the dispatcher.",
            "Приложение соединяет с линией 112 и позволяет тем, кто не может "
            "говорить, написать диспетчеру сообщение.",
            "Հավելվածը կապում է 112 գծին և թույլ է տալիս խոսել չկարողացողներին "
            "հաղորդագրություն գրել կարգավարին։",
        ),
        "paragraphs": [
            t(
                "Dispatchers say finding a caller's location often takes the most "
                "time, especially on highways and in the mountains. The app sends "
                "coordinates automatically when the call starts.",
                "Диспетчеры говорят, что больше всего времени уходит на то, чтобы "
                "понять, где находится звонящий, особенно на трассах и в горах. "
                "Приложение автоматически передаёт координаты в момент вызова.",
                "Կարգավարների խոսքով՝ ամենից շատ ժամանակ պահանջվում է զանգահարողի "
                "գտնվելու վայրը պարզելու համար, հատկապես մայրուղիներում և "
                "լեռներում։ Հավելվածը կոորդինատները ինքնաշխատ փոխանցում է զանգի "
                "պահին։",
            ),
            t(
                "The app also shows the nearest pharmacies and hospitals and "
                "stores a short medical profile that the user can fill in. It "
                "works in three languages and is free.",
                "Приложение также показывает ближайшие аптеки и больницы и хранит "
                "краткую медицинскую анкету, которую пользователь может заполнить "
                "сам. Оно бесплатное и работает на трёх языках.",
                "Հավելվածը ցույց է տալիս նաև մոտակա դեղատներն ու հիվանդանոցները և "
                "պահում է կարճ բժշկական հարցաթերթիկ, որը օգտատերը կարող է ինքը "
                "լրացնել։ Այն անվճար է և գործում է երեք լեզվով։",
            ),
        ],
        "tags": [8, 6],
    },
    {
        "headline": t(
            "Day centres for older people open in Ganja",
            "В Гяндже открылись дневные центры для пожилых",
            "Գյանջայում բացվել են տարեցների ցերեկային կենտրոններ",
        ),
        "lead": t(
            "The three centres offer hot meals, exercise classes and a nurse on "
            "duty from nine to six.",
            "В трёх центрах предлагают горячее питание, занятия гимнастикой, а с "
            "девяти до шести дежурит медсестра.",
            "Երեք կենտրոններում առաջարկվում են տաք սնունդ, մարմնամարզության "
            "պարապմունքներ, իսկ իննից վեցը հերթապահում է բուժքույր։",
        ),
        "paragraphs": [
            t(
                "The centres are meant for people who live alone or whose families "
                "work during the day. Transport is provided for those who have "
                "difficulty walking.",
                "Центры рассчитаны на одиноких людей и на тех, чьи родственники "
                "днём на работе. Тем, кому трудно ходить, предоставляют транспорт.",
                "Կենտրոնները նախատեսված են միայնակ ապրողների և նրանց համար, ում "
                "հարազատները ցերեկը աշխատանքի են։ Քայլելու դժվարություն "
                "ունեցողներին տրամադրվում է տրանսպորտ։",
            ),
            t(
                "Visitors have already formed a choir and a backgammon club. The "
                "city social services department plans to open two more centres if "
                "the first ones prove popular.",
                "Посетители уже создали хор и клуб игры в нарды. Городской отдел "
                "социальных служб планирует открыть ещё два центра, если первые "
                "окажутся востребованными.",
                "Այցելուներն արդեն ստեղծել են երգչախումբ և նարդու ակումբ։ Քաղաքի "
                "սոցիալական ծառայությունների բաժինը նախատեսում է բացել ևս երկու "
                "կենտրոն, եթե առաջինները պահանջված լինեն։",
            ),
        ],
        "tags": [6],
    },
    {
        "headline": t(
            "Playground designed for children with disabilities opens in a city park",
            "В городском парке открылась площадка для детей с инвалидностью",
            "Քաղաքային այգում բացվել է խաղահրապարակ հաշմանդամություն ունեցող "
            "երեխաների համար",
        ),
        "lead": t(
            "Swings suitable for wheelchairs, a sensory garden and a soft rubber "
            "surface were designed together with parents.",
            "Качели для колясок, сенсорный сад и мягкое резиновое покрытие "
            "разрабатывали вместе с родителями.",
            "Անվասայլակի համար հարմար ճոճանակները, զգայական այգին և փափուկ ռետինե "
            "ծածկույթը մշակվել են ծնողների հետ միասին։",
        ),
        "paragraphs": [
            t(
                "Parents of children with disabilities said there had been nowhere "
                "their children could play alongside others. The new playground is "
                "open to all children, and its paths are wide enough for two "
                "wheelchairs.",
                "Родители детей с инвалидностью говорили, что их детям негде было "
                "играть вместе с другими. Новая площадка открыта для всех, а "
                "дорожки на ней достаточно широкие, чтобы разъехались две коляски.",
                "Հաշմանդամություն ունեցող երեխաների ծնողները ասում էին, որ իրենց "
                "երեխաները այլ երեխաների հետ խաղալու տեղ չունեին։ Նոր "
                "խաղահրապարակը բաց է բոլորի համար, իսկ արահետներն այնքան լայն են, "
                "որ երկու անվասայլակ կարող են կողք կողքի անցնել։",
            ),
            t(
                "The city plans to follow the same design rules for all new "
                "playgrounds. A volunteer group will hold weekend play sessions "
                "led by therapists.",
                "Город планирует применять те же принципы при строительстве всех "
                "новых площадок. Группа волонтёров будет по выходным проводить "
                "игровые занятия с участием терапевтов.",
                "Քաղաքը նախատեսում է նույն սկզբունքները կիրառել բոլոր նոր "
                "խաղահրապարակների կառուցման ժամանակ։ Կամավորների խումբը հանգստյան "
                "օրերին կանցկացնի խաղային պարապմունքներ թերապևտների "
                "մասնակցությամբ։",
            ),
        ],
        "tags": [19],
    },
    {
        "headline": t(
            "Maternity hospital opens a new ward for premature babies",
            "В роддоме открылось новое отделение для недоношенных детей",
            "Ծննդատանը բացվել է վաղաժամ ծնված երեխաների նոր բաժանմունք",
        ),
        "lead": t(
            "The ward has twenty incubators and rooms where mothers can stay with "
            "their babies around the clock.",
            "В отделении двадцать кювезов и палаты, где матери могут находиться с "
            "детьми круглосуточно.",
            "Բաժանմունքում կա քսան ինկուբատոր և պալատներ, որտեղ մայրերը կարող են "
            "շուրջօրյա մնալ իրենց երեխաների հետ։",
        ),
        "paragraphs": [
            t(
                "Doctors say keeping mothers close helps babies gain weight faster "
                "and shortens their stay in hospital. The ward also has a milk "
                "bank, the first in the region.",
                "Врачи говорят, что присутствие матери помогает детям быстрее "
                "набирать вес и сокращает срок пребывания в больнице. В отделении "
                "также есть банк грудного молока — первый в регионе.",
                "Բժիշկների խոսքով՝ մոր ներկայությունն օգնում է երեխաներին ավելի "
                "արագ քաշ հավաքել և կրճատում է հիվանդանոցում մնալու ժամկետը։ "
                "Բաժանմունքում գործում է նաև կրծքի կաթի բանկ՝ տարածաշրջանում "
                "առաջինը։",
            ),
            t(
                "Twelve neonatal nurses completed training at partner hospitals "
                "abroad before the ward opened. Families from other districts will "
                "be offered free accommodation nearby.",
                "Перед открытием двенадцать неонатальных медсестёр прошли обучение "
                "в больницах-партнёрах за рубежом. Семьям из других районов "
                "предложат бесплатное жильё поблизости.",
                "Բացումից առաջ տասներկու նեոնատալ բուժքույր վերապատրաստվել են "
                "արտասահմանյան գործընկեր հիվանդանոցներում։ Այլ շրջաններից եկած "
                "ընտանիքներին կառաջարկվի անվճար կացարան մոտակայքում։",
            ),
        ],
        "tags": [6],
    },
    {
        "headline": t(
            "Tap water meets safety standards in 96 percent of samples",
            "Водопроводная вода соответствует нормам в 96% проб",
            "Ծորակի ջուրը համապատասխանում է չափանիշներին նմուշների 96 տոկոսում",
        ),
        "lead": t(
            "The sanitary service has published, for the first time, a "
            "district-by-district map of water quality tests.",
            "Санитарная служба впервые опубликовала карту результатов проверок "
            "качества воды с разбивкой по районам.",
            "Սանիտարական ծառայությունն առաջին անգամ հրապարակել է ջրի որակի "
            "ստուգումների արդյունքների քարտեզը՝ ըստ թաղամասերի։",
        ),
        "paragraphs": [
            t(
                "Most of the failed samples came from old buildings with corroded "
                "pipes, not from the main network. Residents of those buildings "
                "have been advised to use filters until the pipes are replaced.",
                "Большинство неудачных проб взято в старых домах с проржавевшими "
                "трубами, а не из магистральной сети. Жителям этих домов "
                "посоветовали пользоваться фильтрами до замены труб.",
                "Անհաջող նմուշների մեծ մասը վերցվել է ժանգոտած խողովակներով հին "
                "շենքերից, այլ ոչ թե մայր ցանցից։ Այդ շենքերի բնակիչներին խորհուրդ "
                "է տրվել մինչև խողովակների փոխարինումն օգտվել զտիչներից։",
            ),
            t(
                "The map will be updated every month. Residents can also order a "
                "free test of the water in their own flat through the service's "
                "website.",
                "Карта будет обновляться ежемесячно. Жители также могут заказать "
                "на сайте службы бесплатную проверку воды в своей квартире.",
                "Քարտեզը կթարմացվի ամեն ամիս։ Բնակիչները կարող են նաև ծառայության "
                "կայքում պատվիրել իրենց բնակարանի ջրի անվճար ստուգում։",
            ),
        ],
        "tags": [6, 20],
    },
    {
        "headline": t(
            "Ganja opens its first protected cycle lanes",
            "В Гяндже появились первые выделенные велодорожки",
            "Գյանջայում հայտնվել են առաջին առանձնացված հեծանվաուղիները",
        ),
        "lead": t(
            "Eight kilometres of lanes separated from traffic by kerbs link the "
            "railway station, the university and the central park.",
            "Восемь километров дорожек, отделённых от проезжей части бордюрами, "
            "соединили вокзал, университет и центральный парк.",
            "Երթևեկելի մասից եզրաքարերով առանձնացված ութ կիլոմետր ուղիները միացրել "
            "են կայարանը, համալսարանը և կենտրոնական այգին։",
        ),
        "paragraphs": [
            t(
                "The city also installed bicycle racks at schools and public "
                "buildings. A bike rental scheme with 150 bicycles will start in "
                "the spring.",
                "Город также установил велопарковки у школ и общественных зданий. "
                "Весной заработает прокат на 150 велосипедов.",
                "Քաղաքը դպրոցների և հասարակական շենքերի մոտ տեղադրել է նաև "
                "հեծանիվների կայանատեղիներ։ Գարնանը կգործարկվի 150 հեծանիվով "
                "վարձույթ։",
            ),
            t(
                "Some shop owners worried about losing parking spaces, but the "
                "city says most of the lanes run along streets where parking was "
                "already banned. Cyclists' clubs plan a group ride to mark the "
                "opening.",
                "Некоторые владельцы магазинов опасались лишиться парковочных "
                "мест, но в мэрии говорят, что большая часть дорожек проходит по "
                "улицам, где парковка и так была запрещена. Велоклубы устроят по "
                "случаю открытия массовый заезд.",
                "Խանութների որոշ սեփականատերեր մտավախություն ունեին, որ կկորցնեն "
                "կայանատեղիները, սակայն քաղաքապետարանում ասում են, որ ուղիների մեծ "
                "մասն անցնում է այն փողոցներով, որտեղ կայանելն առանց այդ էլ "
                "արգելված էր։ Հեծանվային ակումբները բացման առթիվ զանգվածային "
                "հեծանվարշավ կկազմակերպեն։",
            ),
        ],
        "tags": [1],
    },
    {
        "headline": t(
            "Free flu shots offered at pharmacies this autumn",
            "Этой осенью от гриппа можно бесплатно привиться в аптеках",
            "Այս աշնանը գրիպի դեմ կարելի է անվճար պատվաստվել դեղատներում",
        ),
        "lead": t(
            "People over 60, pregnant women and those with chronic illnesses can "
            "get vaccinated without an appointment.",
            "Люди старше 60 лет, беременные и те, у кого есть хронические "
            "заболевания, могут привиться без предварительной записи.",
            "60 տարեկանից բարձր անձինք, հղիները և քրոնիկ հիվանդություններ "
            "ունեցողները կարող են պատվաստվել առանց նախնական գրանցման։",
        ),
        "paragraphs": [
            t(
                "More than 400 pharmacies have trained pharmacists and set aside a "
                "private room for vaccination. The health ministry hopes the "
                "convenience will raise coverage among older people, which was "
                "below 40 percent last year.",
                "Более 400 аптек обучили фармацевтов и выделили отдельное "
                "помещение для прививок. Минздрав надеется, что удобство позволит "
                "повысить охват среди пожилых, который в прошлом году не достиг и "
                "40%.",
                "Ավելի քան 400 դեղատուն վերապատրաստել է դեղագործներին և "
                "պատվաստումների համար առանձին սենյակ հատկացրել։ Առողջապահության "
                "նախարարությունը հույս ունի, որ հարմարավետությունը կբարձրացնի "
                "տարեցների ընդգրկվածությունը, որն անցյալ տարի 40 տոկոսի էլ չէր "
                "հասնում։",
            ),
            t(
                "Vaccination is also available at clinics as before. Doctors "
                "recommend getting the shot by the end of November, before the flu "
                "season usually peaks.",
                "Привиться по-прежнему можно и в поликлиниках. Врачи рекомендуют "
                "сделать прививку до конца ноября, пока сезон гриппа не достиг "
                "пика.",
                "Պատվաստվել կարելի է նաև պոլիկլինիկաներում, ինչպես նախկինում։ "
                "Բժիշկները խորհուրդ են տալիս պատվաստվել մինչև նոյեմբերի վերջ, "
                "նախքան գրիպի սեզոնի գագաթնակետը։",
            ),
        ],
        "tags": [6],
    },
    {
        "headline": t(
            "Schoolchildren receive new textbooks free of charge",
            "Школьники бесплатно получили новые учебники",
            "Դպրոցականներն անվճար ստացել են նոր դասագրքեր",
        ),
        "lead": t(
            "More than four million books have been delivered to schools, "
            "including a redesigned series for primary classes.",
            "В школы доставлено более четырёх миллионов книг, в том числе "
            "обновлённая серия для начальных классов.",
            "Դպրոցներ է առաքվել ավելի քան չորս միլիոն գիրք, այդ թվում՝ տարրական "
            "դասարանների թարմացված շարքը։",
        ),
        "paragraphs": [
            t(
                "The new primary textbooks have fewer pages, larger print and "
                "exercises based on everyday situations. Teachers received a guide "
                "and a short online course on using them.",
                "В новых учебниках для начальной школы меньше страниц, крупнее "
                "шрифт, а задания построены на повседневных ситуациях. Учителя "
                "получили методичку и короткий онлайн-курс по работе с ними.",
                "Տարրական դպրոցի նոր դասագրքերում ավելի քիչ էջեր կան, տառատեսակն "
                "ավելի խոշոր է, իսկ առաջադրանքները կառուցված են առօրյա "
                "իրավիճակների վրա։ Ուսուցիչները ստացել են մեթոդական ձեռնարկ և "
                "դրանց հետ աշխատելու կարճ առցանց դասընթաց։",
            ),
            t(
                "Electronic versions of all textbooks are available on the "
                "education ministry's website. Parents are asked to return books "
                "in good condition at the end of the year so that they can be "
                "reused.",
                "Электронные версии всех учебников доступны на сайте министерства "
                "образования. Родителей просят в конце года вернуть книги в "
                "хорошем состоянии, чтобы ими могли пользоваться снова.",
                "Բոլոր դասագրքերի էլեկտրոնային տարբերակները հասանելի են կրթության "
                "նախարարության կայքում։ Ծնողներին խնդրում են տարեվերջին գրքերը "
                "վերադարձնել լավ վիճակում, որպեսզի դրանք կրկին օգտագործվեն։",
            ),
        ],
        "tags": [5],
    },
    {
        "headline": t(
            "Lankaran replaces its street lights with LED lamps",
            "В Ленкорани заменили уличные фонари на светодиодные",
            "Լենքորանում փողոցային լապտերները փոխարինվել են լուսադիոդայիններով",
        ),
        "lead": t(
            "The new lamps use about half as much electricity, and thirty "
            "previously dark streets are now lit.",
            "Новые фонари расходуют примерно вдвое меньше электроэнергии, а "
            "тридцать прежде тёмных улиц теперь освещены.",
            "Նոր լապտերները մոտ երկու անգամ ավելի քիչ էլեկտրաէներգիա են ծախսում, "
            "իսկ նախկինում մութ երեսուն փողոց այժմ լուսավորված են։",
        ),
        "paragraphs": [
            t(
                "The savings on electricity bills will pay for the project within "
                "six years, the municipality says. The lights dim automatically "
                "after midnight on quiet streets and brighten when someone passes.",
                "В муниципалитете подсчитали, что экономия на счетах за "
                "электричество окупит проект за шесть лет. После полуночи на тихих "
                "улицах фонари автоматически приглушаются и становятся ярче, когда "
                "кто-то проходит мимо.",
                "Համայնքապետարանում հաշվարկել են, որ էլեկտրաէներգիայի "
                "վճարումներում խնայողությունը վեց տարում կփոխհատուցի նախագիծը։ "
                "Կեսգիշերից հետո հանգիստ փողոցներում լապտերներն ինքնաշխատ "
                "աղոտանում են և պայծառանում, երբ մեկն անցնում է։",
            ),
            t(
                "Residents of the newly lit streets say they now feel safer "
                "walking home from the bus stop. The next phase will cover "
                "villages around the town.",
                "Жители новых освещённых улиц говорят, что теперь чувствуют себя "
                "спокойнее, возвращаясь домой с остановки. Следующий этап охватит "
                "сёла вокруг города.",
                "Նոր լուսավորված փողոցների բնակիչներն ասում են, որ այժմ ավելի "
                "ապահով են զգում կանգառից տուն վերադառնալիս։ Հաջորդ փուլը կընդգրկի "
                "քաղաքի շրջակա գյուղերը։",
            ),
        ],
        "tags": [0, 19],
    },
    {
        "headline": t(
            "120 families receive keys to flats in a new social housing block",
            "120 семей получили ключи от квартир в новом социальном доме",
            "120 ընտանիք ստացել է նոր սոցիալական շենքի բնակարանների բանալիները",
        ),
        "lead": t(
            "The flats are rented at below-market rates to teachers, nurses and "
            "young families on waiting lists.",
            "Квартиры сдаются ниже рыночной цены учителям, медсёстрам и молодым "
            "семьям из очереди.",
            "Բնակարանները շուկայականից ցածր գնով վարձակալության են տրվում "
            "ուսուցիչներին, բուժքույրերին և հերթացուցակում գտնվող երիտասարդ "
            "ընտանիքներին։",
        ),
        "paragraphs": [
            t(
                "The nine-storey building has a kindergarten on the ground floor "
                "and a playground in the courtyard. Tenants can stay for up to ten "
                "years and then have the right to buy their flat at a fixed price.",
                "На первом этаже девятиэтажного дома размещается детский сад, во "
                "дворе — детская площадка. Жильцы могут арендовать квартиру до "
                "десяти лет, после чего получат право выкупить её по фиксированной "
                "цене.",
                "Իննհարկանի շենքի առաջին հարկում տեղակայված է մանկապարտեզ, իսկ "
                "բակում՝ խաղահրապարակ։ Վարձակալները կարող են բնակարանում ապրել "
                "մինչև տասը տարի, որից հետո իրավունք կունենան այն գնել ֆիքսված "
                "գնով։",
            ),
            t(
                "Two more buildings are under construction in the same district. "
                "The housing agency says it received more than 3,000 applications "
                "for the first 120 flats.",
                "В том же районе строятся ещё два дома. В жилищном агентстве "
                "говорят, что на первые 120 квартир поступило более 3 тысяч "
                "заявок.",
                "Նույն թաղամասում կառուցվում է ևս երկու շենք։ Բնակարանային "
                "գործակալությունում ասում են, որ առաջին 120 բնակարանի համար "
                "ստացվել է ավելի քան 3 հազար դիմում։",
            ),
        ],
        "tags": [19],
    },
    {
        "headline": t(
            "Students record the memories of the oldest residents of Shaki",
            "Студенты записывают воспоминания старейших жителей Шеки",
            "Ուսանողները ձայնագրում են Շաքիի ամենատարեց բնակիչների հուշերը",
        ),
        "lead": t(
            "The oral history project has collected more than 200 hours of "
            "interviews about crafts, weddings and daily life in the last century.",
            "В рамках проекта устной истории собрано более 200 часов интервью о "
            "ремёслах, свадьбах и повседневной жизни прошлого века.",
            "Բանավոր պատմության նախագծի շրջանակում հավաքվել է ավելի քան 200 ժամ "
            "հարցազրույց անցած դարի արհեստների, հարսանիքների և առօրյա կյանքի "
            "մասին։",
        ),
        "paragraphs": [
            t(
                "History students visit residents at home with a recorder and a "
                "list of questions prepared with local teachers. Many of those "
                "interviewed are over ninety and remember the town's silk factory "
                "at its busiest.",
                "Студенты-историки приходят к жителям домой с диктофоном и списком "
                "вопросов, подготовленным вместе с местными учителями. Многим "
                "собеседникам больше девяноста лет, и они помнят городскую "
                "шёлковую фабрику в годы её расцвета.",
                "Պատմության ֆակուլտետի ուսանողները բնակիչների տներն են գնում "
                "ձայնագրիչով և տեղի ուսուցիչների հետ պատրաստված հարցերի ցանկով։ "
                "Զրուցակիցներից շատերը իննսունն անց են և հիշում են քաղաքի մետաքսի "
                "ֆաբրիկան իր ծաղկման տարիներին։",
            ),
            t(
                "The recordings will be kept at the town museum and partly "
                "published online with transcripts. An exhibition of photographs "
                "lent by the families is planned for the autumn.",
                "Записи будут храниться в городском музее, а часть из них "
                "опубликуют в интернете с расшифровками. Осенью планируется "
                "выставка фотографий, предоставленных семьями.",
                "Ձայնագրությունները կպահվեն քաղաքի թանգարանում, իսկ դրանց մի մասը "
                "կհրապարակվի համացանցում՝ սղագրություններով։ Աշնանը նախատեսվում է "
                "ցուցահանդես՝ ընտանիքների տրամադրած լուսանկարներով։",
            ),
        ],
        "tags": [21, 5],
    },
    {
        "headline": t(
            "Night-time construction work banned in residential areas",
            "В жилых кварталах запретили строительные работы по ночам",
            "Բնակելի թաղամասերում արգելվել են գիշերային շինարարական աշխատանքները",
        ),
        "lead": t(
            "Builders must stop noisy work between 10 p.m. and 7 a.m. and all day "
            "on Sundays, or face fines.",
            "Шумные работы с 22:00 до 7:00 и по воскресеньям теперь под запретом, "
            "нарушителям грозят штрафы.",
            "Աղմկոտ աշխատանքներն այժմ արգելված են ժամը 22:00-ից 07:00-ն և կիրակի "
            "օրերին, իսկ խախտողներին տուգանքներ են սպառնում։",
        ),
        "paragraphs": [
            t(
                "Complaints about noise from construction sites had become the "
                "most common reason residents called the city's hotline. "
                "Inspectors will now be able to measure noise levels and issue "
                "fines on the spot.",
                "Жалобы на шум со строек стали самой частой причиной обращений "
                "жителей на городскую горячую линию. Теперь инспекторы смогут "
                "замерять уровень шума и выписывать штрафы на месте.",
                "Շինհրապարակների աղմուկի վերաբերյալ բողոքները դարձել էին քաղաքային "
                "թեժ գիծ բնակիչների դիմելու ամենահաճախ պատճառը։ Այժմ տեսուչները "
                "կկարողանան չափել աղմուկի մակարդակը և տեղում տուգանքներ նշանակել։",
            ),
            t(
                "Urgent repairs to water, gas and power lines are exempt. "
                "Developers asked for exceptions for concrete pouring, which "
                "sometimes cannot be interrupted, and the city agreed to consider "
                "them case by case.",
                "Исключение сделано для срочного ремонта водопровода, газовых и "
                "электрических сетей. Застройщики попросили разрешить заливку "
                "бетона, которую иногда нельзя прерывать, и в мэрии согласились "
                "рассматривать такие случаи индивидуально.",
                "Բացառություն է արված ջրատար, գազի և էլեկտրական ցանցերի հրատապ "
                "նորոգման համար։ Կառուցապատողները խնդրել են թույլատրել բետոնի "
                "լցումը, որը երբեմն հնարավոր չէ ընդհատել, և քաղաքապետարանը "
                "համաձայնել է նման դեպքերը քննարկել առանձին-առանձին։",
            ),
        ],
        "tags": [19],
    },
    {
        "headline": t(
            "Metro card now also works on suburban trains",
            "Карта метро теперь действует и в пригородных поездах",
            "Մետրոյի քարտն այժմ գործում է նաև արվարձանային գնացքներում",
        ),
        "lead": t(
            "Passengers can travel from the suburbs to the centre with one card "
            "and get a discount when changing to the metro.",
            "Пассажиры могут доехать из пригорода до центра по одной карте и "
            "получить скидку при пересадке на метро.",
            "Ուղևորները կարող են մեկ քարտով արվարձանից հասնել կենտրոն և զեղչ "
            "ստանալ մետրո տեղափոխվելիս։",
        ),
        "paragraphs": [
            t(
                "Card readers have been installed at all suburban stations and on "
                "board the trains. A transfer within ninety minutes costs half the "
                "usual fare.",
                "Считыватели установлены на всех пригородных станциях и в самих "
                "поездах. Пересадка в течение девяноста минут стоит вдвое дешевле "
                "обычного проезда.",
                "Քարտերի ընթերցիչները տեղադրվել են արվարձանային բոլոր "
                "կայարաններում և հենց գնացքներում։ Իննսուն րոպեի ընթացքում "
                "տեղափոխումն արժե սովորական ուղեվարձի կեսը։",
            ),
            t(
                "The transport agency expects more commuters to leave their cars "
                "at home. Paper tickets will remain on sale at stations for "
                "passengers without a card.",
                "В транспортном агентстве рассчитывают, что больше людей, ездящих "
                "на работу из пригородов, оставят машины дома. Бумажные билеты для "
                "пассажиров без карты по-прежнему будут продаваться в кассах.",
                "Տրանսպորտային գործակալությունում հույս ունեն, որ արվարձաններից "
                "աշխատանքի գնացողներից շատերը մեքենաները տանը կթողնեն։ Քարտ "
                "չունեցող ուղևորների համար թղթային տոմսերը կշարունակեն վաճառվել "
                "դրամարկղերում։",
            ),
        ],
        "tags": [1],
    },
    {
        "headline": t(
            "Food bank collects 15 tonnes of groceries before the holidays",
            "Продовольственный банк собрал к праздникам 15 тонн продуктов",
            "Պարենային բանկը տոներից առաջ հավաքել է 15 տոննա մթերք",
        ),
        "lead": t(
            "Volunteers packed the donations into parcels for 3,000 families "
            "identified by social workers.",
            "Волонтёры разложили пожертвования по наборам для 3 тысяч семей, "
            "которых определили социальные работники.",
            "Կամավորները նվիրատվությունները բաժանել են փաթեթների՝ սոցիալական "
            "աշխատողների կողմից ընտրված 3 հազար ընտանիքի համար։",
        ),
        "paragraphs": [
            t(
                "Collection boxes stood in supermarkets for two weeks, and several "
                "bakeries and dairies donated fresh produce. Each parcel contains "
                "rice, flour, oil, tea, tinned food and sweets for children.",
                "Две недели ящики для сбора стояли в супермаркетах, несколько "
                "пекарен и молочных заводов пожертвовали свежую продукцию. В "
                "каждом наборе — рис, мука, масло, чай, консервы и сладости для "
                "детей.",
                "Երկու շաբաթ հավաքման արկղերը դրված էին սուպերմարկետներում, իսկ մի "
                "քանի հացատուն և կաթի գործարան թարմ արտադրանք են նվիրաբերել։ "
                "Յուրաքանչյուր փաթեթում կա բրինձ, ալյուր, յուղ, թեյ, պահածոներ և "
                "քաղցրավենիք երեխաների համար։",
            ),
            t(
                "Parcels are delivered to homes so that families do not have to "
                "queue. The food bank says it needs more volunteers with cars, "
                "especially for deliveries to villages.",
                "Наборы развозят по домам, чтобы семьям не приходилось стоять в "
                "очереди. В продовольственном банке говорят, что не хватает "
                "волонтёров с автомобилями, особенно для поездок в сёла.",
                "Փաթեթները տուն են առաքվում, որպեսզի ընտանիքները հերթ չկանգնեն։ "
                "Պարենային բանկում ասում են, որ մեքենա ունեցող կամավորներ չեն "
                "բավականացնում, հատկապես գյուղեր առաքումների համար։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Teachers who pass certification will earn up to 40 percent more",
            "Учителя, прошедшие аттестацию, будут получать до 40% больше",
            "Ատեստավորում անցած ուսուցիչները կստանան մինչև 40 տոկոսով ավելի",
        ),
        "lead": t(
            "More than 11,000 teachers took this year's tests in their subject and "
            "in teaching methods.",
            "В этом году тесты по своему предмету и по методике преподавания сдали "
            "более 11 тысяч учителей.",
            "Այս տարի իրենց առարկայից և դասավանդման մեթոդիկայից թեստեր է հանձնել "
            "ավելի քան 11 հազար ուսուցիչ։",
        ),
        "paragraphs": [
            t(
                "Certification is voluntary, and teachers can retake the tests the "
                "following year without penalty. The salary increase depends on "
                "the score and applies from the start of the next school year.",
                "Аттестация добровольная, и пересдать тесты можно на следующий год "
                "без каких-либо последствий. Надбавка зависит от набранного балла "
                "и начисляется с начала следующего учебного года.",
                "Ատեստավորումը կամավոր է, և թեստերը կարելի է վերահանձնել հաջորդ "
                "տարի՝ առանց որևէ հետևանքի։ Հավելավճարը կախված է հավաքած միավորից "
                "և կհաշվարկվի հաջորդ ուսումնական տարվա սկզբից։",
            ),
            t(
                "Teachers' unions support higher pay but want classroom "
                "observation to count as well as written tests. The ministry said "
                "lesson visits would be added to the assessment from next year.",
                "Профсоюзы учителей поддерживают повышение зарплат, но хотят, "
                "чтобы помимо письменных тестов учитывались и посещения уроков. В "
                "министерстве пообещали со следующего года включить их в оценку.",
                "Ուսուցիչների արհմիությունները պաշտպանում են աշխատավարձերի "
                "բարձրացումը, սակայն ցանկանում են, որ գրավոր թեստերից բացի հաշվի "
                "առնվեն նաև դասալսումները։ Նախարարությունը խոստացել է հաջորդ "
                "տարվանից դրանք ներառել գնահատման մեջ։",
            ),
        ],
        "tags": [5],
    },
    {
        "headline": t(
            "Helpline for teenagers answers calls and messages until midnight",
            "Телефон доверия для подростков принимает звонки и сообщения до полуночи",
            "Դեռահասների վստահության հեռախոսը զանգեր և հաղորդագրություններ է "
            "ընդունում մինչև կեսգիշեր",
        ),
        "lead": t(
            "Psychologists say most young people prefer to write rather than call, "
            "so the line now also works as a chat.",
            "Психологи говорят, что большинство подростков предпочитают писать, а "
            "не звонить, поэтому линия теперь работает и как чат.",
            "Հոգեբանների խոսքով՝ դեռահասների մեծ մասը նախընտրում է գրել, այլ ոչ թե "
            "զանգել, ուստի գիծն այժմ գործում է նաև որպես զրուցարան։",
        ),
        "paragraphs": [
            t(
                "The service is free and anonymous, and its twenty consultants are "
                "trained to recognise signs of bullying, anxiety and violence at "
                "home. In the first month, most conversations were about exams and "
                "relations with parents.",
                "Служба бесплатная и анонимная, а её двадцать консультантов "
                "обучены распознавать признаки травли, тревожности и домашнего "
                "насилия. В первый месяц чаще всего говорили об экзаменах и "
                "отношениях с родителями.",
                "Ծառայությունն անվճար է և անանուն, իսկ նրա քսան խորհրդատուները "
                "պատրաստված են ճանաչելու բուլինգի, անհանգստության և ընտանեկան "
                "բռնության նշանները։ Առաջին ամսում ամենից հաճախ խոսել են "
                "քննությունների և ծնողների հետ հարաբերությունների մասին։",
            ),
            t(
                "Posters with the number and a QR code have been put up in every "
                "secondary school. The service plans to extend its hours to the "
                "whole night during exam periods.",
                "Плакаты с номером и QR-кодом развешаны во всех средних школах. В "
                "период экзаменов служба планирует работать всю ночь.",
                "Համարով և QR կոդով պաստառներ են փակցվել բոլոր միջնակարգ "
                "դպրոցներում։ Քննաշրջանում ծառայությունը նախատեսում է աշխատել "
                "ամբողջ գիշեր։",
            ),
        ],
        "tags": [6, 5],
    },
]
