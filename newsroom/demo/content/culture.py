"""Culture: the section's stories, long reads first."""

from typing import Any

from .text import t

STORIES: list[dict[str, Any]] = [
    {
        "headline": t(
            "Drama theatre in {city} opens the season with a premiere of a modern "
            "comedy",
            "Драмтеатр в {city_loc} открыл сезон премьерой современной комедии",
            "{city_gen} դրամատիկական թատրոնը թատերաշրջանը բացել է ժամանակակից "
            "կատակերգության պրեմիերայով",
        ),
        "lead": t(
            "The play, about three generations of one family sharing a small flat, "
            "received a standing ovation.",
            "Спектакль о трёх поколениях одной семьи, живущих в маленькой "
            "квартире, зрители встретили овацией стоя.",
            "Փոքր բնակարանում ապրող մեկ ընտանիքի երեք սերունդների մասին "
            "ներկայացումը հանդիսատեսը ընդունեց հոտնկայս ծափահարություններով։",
        ),
        "paragraphs": [
            t(
                "The script was written by a young local playwright and won a "
                "national competition for new drama last year. The director opted "
                "for a minimalist set: a kitchen table, a few chairs and a window "
                "that changes colour with the seasons.",
                "Пьесу написал молодой местный драматург, и в прошлом году она "
                "победила в национальном конкурсе новой драматургии. Режиссёр "
                "выбрал минималистичную сценографию: кухонный стол, несколько "
                "стульев и окно, меняющее цвет в зависимости от времени года.",
                "Պիեսը գրել է տեղացի երիտասարդ դրամատուրգը, և անցյալ տարի այն "
                "հաղթել է նոր դրամատուրգիայի ազգային մրցույթում։ Ռեժիսորն ընտրել է "
                "մինիմալիստական բեմանկարչություն՝ խոհանոցային սեղան, մի քանի աթոռ "
                "և պատուհան, որի գույնը փոխվում է տարվա եղանակներին համապատասխան։",
            ),
            t(
                "The humour comes from everyday situations that many viewers "
                "recognise: arguments over the TV remote, the grandmother's strict "
                "rules and the teenager's endless phone calls. Behind the jokes, "
                "however, lies a gentle story about learning to listen to one "
                "another.",
                "Юмор строится на узнаваемых бытовых ситуациях: спорах из-за "
                "пульта от телевизора, строгих правилах бабушки и бесконечных "
                "телефонных разговорах подростка. Но за шутками скрывается "
                "трогательная история о том, как важно слышать друг друга.",
                "Հումորը կառուցված է շատ հանդիսատեսների ծանոթ կենցաղային "
                "իրավիճակների վրա՝ հեռուստացույցի հեռակառավարման վահանակի շուրջ "
                "վեճեր, տատիկի խիստ կանոններ և դեռահասի անվերջ հեռախոսազանգեր։ "
                "Սակայն կատակների հետևում թաքնված է հուզիչ պատմություն միմյանց "
                "լսելու կարևորության մասին։",
            ),
            t(
                "The grandmother is played by one of the theatre's most respected "
                "actresses, who returned to the stage after a two-year break. "
                "Critics also singled out a recent drama school graduate as the "
                "teenage grandson.",
                "Роль бабушки исполняет одна из самых уважаемых актрис театра, "
                "вернувшаяся на сцену после двухлетнего перерыва. Критики также "
                "отметили работу недавнего выпускника театрального вуза в роли "
                "внука-подростка.",
                "Տատիկի դերը կատարում է թատրոնի ամենահարգված դերասանուհիներից "
                "մեկը, ով երկու տարվա ընդմիջումից հետո վերադարձել է բեմ։ "
                "Քննադատներն առանձնացրին նաև թատերական բուհի վերջերս ավարտած "
                "շրջանավարտի խաղը՝ դեռահաս թոռան դերում։",
            ),
            t(
                "Tickets for the first month of performances sold out within days, "
                "and the theatre in {city} has added extra Sunday matinees. "
                "English surtitles are provided for foreign visitors.",
                "Билеты на первый месяц показов разошлись за несколько дней, и "
                "театр в {city_loc} добавил дополнительные дневные спектакли по "
                "воскресеньям. Для иностранных зрителей предусмотрены субтитры на "
                "английском языке.",
                "Ներկայացումների առաջին ամսվա տոմսերը սպառվեցին մի քանի օրում, և "
                "{city_gen} թատրոնը կիրակի օրերին ավելացրեց ցերեկային լրացուցիչ "
                "ներկայացումներ։ Օտարերկրյա հանդիսատեսի համար նախատեսված են "
                "անգլերեն ենթագրեր։",
            ),
            t(
                "The season's programme also includes a classic tragedy, a musical "
                "for children and a series of readings of new plays. The theatre "
                "plans to take the comedy on tour to other cities in {year}.",
                "В программе сезона также классическая трагедия, детский мюзикл и "
                "цикл читок новых пьес. В {year} году театр планирует показать "
                "комедию на гастролях в других городах.",
                "Թատերաշրջանի ծրագրում են նաև դասական ողբերգություն, մանկական "
                "մյուզիքլ և նոր պիեսների ընթերցումների շարք։ {year} թվականին "
                "թատրոնը նախատեսում է կատակերգությունը ցուցադրել հյուրախաղերի "
                "ժամանակ այլ քաղաքներում։",
            ),
        ],
        "subheading": t(
            "Laughter with a warm message",
            "Смех с тёплым посылом",
            "Ծիծաղ՝ ջերմ ուղերձով",
        ),
        "quote": {
            "text": t(
                "We wanted the audience to laugh at themselves and then call their "
                "grandparents on the way home.",
                "Нам хотелось, чтобы зрители посмеялись над собой, а по дороге "
                "домой позвонили бабушкам и дедушкам.",
                "Մենք ուզում էինք, որ հանդիսատեսը ծիծաղի ինքն իր վրա, իսկ տուն "
                "վերադառնալիս զանգահարի տատիկներին ու պապիկներին։",
            ),
            "attribution": t(
                "Javid Rzayev, director of the production",
                "Джавид Рзаев, режиссёр спектакля",
                "Ջավիդ Ռզաև, ներկայացման ռեժիսոր",
            ),
        },
        "facts_title": t(
            "About the production",
            "О спектакле",
            "Ներկայացման մասին",
        ),
        "facts": [
            t(
                "Running time: two hours with an interval",
                "Продолжительность: два часа с антрактом",
                "Տևողությունը՝ երկու ժամ՝ ընդմիջումով",
            ),
            t(
                "English surtitles available",
                "Есть субтитры на английском",
                "Առկա են անգլերեն ենթագրեր",
            ),
            t(
                "Tour planned for {year}",
                "Гастроли запланированы на {year} год",
                "Հյուրախաղերը նախատեսված են {year} թվականին",
            ),
        ],
        "tags": [12, 7],
    },
    {
        "headline": t(
            "Open-air jazz festival returns to {city} with an international line-up",
            "В {city_acc} вернулся джазовый фестиваль под открытым небом",
            "{city_loc} կրկին անցկացվում է բացօթյա ջազային փառատոն՝ միջազգային կազմով",
        ),
        "lead": t(
            "For four evenings, parks and courtyards of the old town will host "
            "concerts of jazz, fusion and folk-inspired music.",
            "Четыре вечера подряд в парках и дворах старого города будут звучать "
            "джаз, фьюжн и музыка с народными мотивами.",
            "Չորս երեկո շարունակ հին քաղաքի այգիներում և բակերում կհնչեն ջազ, "
            "ֆյուժն և ժողովրդական մոտիվներով երաժշտություն։",
        ),
        "paragraphs": [
            t(
                "The festival opened with a concert by a local quartet that "
                "combines jazz improvisation with traditional modal music. The "
                "audience, seated on cushions and folding chairs, called the "
                "musicians back for two encores.",
                "Фестиваль открылся концертом местного квартета, сочетающего "
                "джазовую импровизацию с традиционной ладовой музыкой. Зрители, "
                "расположившиеся на подушках и раскладных стульях, дважды вызывали "
                "музыкантов на бис.",
                "Փառատոնը բացվեց տեղական քառյակի համերգով, որը համադրում է ջազային "
                "իմպրովիզացիան ավանդական լադային երաժշտության հետ։ Բարձերի և "
                "ծալովի աթոռների վրա տեղավորված հանդիսատեսը երկու անգամ "
                "երաժիշտներին կրկին բեմ կանչեց։",
            ),
            t(
                "Guest performers include a pianist from Central Europe, a vocal "
                "ensemble from the Mediterranean and a young saxophonist who "
                "recently won an international competition. Most concerts are "
                "free, and tickets are needed only for a few evening shows.",
                "Среди гостей — пианист из Центральной Европы, вокальный ансамбль "
                "из Средиземноморья и молодой саксофонист, недавно победивший на "
                "международном конкурсе. Большинство концертов бесплатные, билеты "
                "нужны лишь на несколько вечерних выступлений.",
                "Հյուրերի թվում են Կենտրոնական Եվրոպայից ժամանած դաշնակահարը, "
                "Միջերկրածովյան տարածաշրջանի վոկալ անսամբլը և վերջերս միջազգային "
                "մրցույթում հաղթած երիտասարդ սաքսոֆոնահարը։ Համերգների մեծ մասն "
                "անվճար է, տոմսեր անհրաժեշտ են միայն երեկոյան մի քանի ելույթների "
                "համար։",
            ),
            t(
                "During the day, masterclasses are held for music school students, "
                "who can then play alongside the guest artists at jam sessions. "
                "Teachers say such contact with professionals is invaluable for "
                "young musicians.",
                "Днём для учащихся музыкальных школ проходят мастер-классы, а на "
                "джем-сейшнах они могут играть вместе с приглашёнными артистами. "
                "Педагоги говорят, что такое общение с профессионалами бесценно "
                "для юных музыкантов.",
                "Ցերեկը երաժշտական դպրոցների սաների համար անցկացվում են "
                "վարպետության դասեր, իսկ ջեմ-սեշններին նրանք կարող են նվագել "
                "հրավիրված արտիստների հետ։ Մանկավարժներն ասում են, որ մասնագետների "
                "հետ նման շփումն անգնահատելի է երիտասարդ երաժիշտների համար։",
            ),
            t(
                "Cafés and shops near the venues in {city} report a noticeable "
                "increase in evening customers. The municipality has extended "
                "public transport hours until midnight for the duration of the "
                "festival.",
                "Кафе и магазины рядом с площадками в {city_loc} отмечают заметный "
                "рост числа вечерних посетителей. На время фестиваля муниципалитет "
                "продлил работу общественного транспорта до полуночи.",
                "{city_loc} փառատոնային հարթակների մոտակա սրճարաններն ու "
                "խանութները նշում են երեկոյան այցելուների թվի նկատելի աճ։ Փառատոնի "
                "օրերին համայնքապետարանը հասարակական տրանսպորտի աշխատանքը "
                "երկարացրել է մինչև կեսգիշեր։",
            ),
            t(
                "The closing concert will feature all the guest musicians "
                "performing together. The organisers are already in talks with "
                "artists for the {year} edition.",
                "На заключительном концерте выступят все приглашённые музыканты "
                "вместе. Организаторы уже ведут переговоры с артистами о фестивале "
                "{year} года.",
                "Եզրափակիչ համերգում բոլոր հրավիրված երաժիշտները հանդես կգան "
                "միասին։ Կազմակերպիչներն արդեն բանակցում են արտիստների հետ {year} "
                "թվականի փառատոնի շուրջ։",
            ),
        ],
        "subheading": t(
            "Masterclasses for young musicians",
            "Мастер-классы для юных музыкантов",
            "Վարպետության դասեր երիտասարդ երաժիշտների համար",
        ),
        "quote": {
            "text": t(
                "Jazz and our traditional music share the same soul: both are born "
                "in the moment of improvisation.",
                "У джаза и нашей традиционной музыки одна душа: и то и другое "
                "рождается в момент импровизации.",
                "Ջազը և մեր ավանդական երաժշտությունը նույն հոգին ունեն։ Երկուսն էլ "
                "ծնվում են իմպրովիզացիայի պահին։",
            ),
            "attribution": t(
                "Farida Huseynova, artistic director of the festival",
                "Фарида Гусейнова, художественный руководитель фестиваля",
                "Ֆարիդա Հուսեյնովա, փառատոնի գեղարվեստական ղեկավար",
            ),
        },
        "facts_title": t(
            "Festival facts",
            "О фестивале",
            "Փառատոնի մասին",
        ),
        "facts": [
            t(
                "Duration: four evenings",
                "Продолжительность: четыре вечера",
                "Տևողությունը՝ չորս երեկո",
            ),
            t(
                "Performing musicians: 90",
                "Музыкантов на сцене: 90",
                "Բեմում՝ 90 երաժիշտ",
            ),
            t(
                "Most concerts: free admission",
                "Большинство концертов — бесплатные",
                "Համերգների մեծ մասը՝ անվճար",
            ),
        ],
        "tags": [13, 7],
        "source": t(
            "Festival press centre",
            "Пресс-центр фестиваля",
            "Փառատոնի մամուլի կենտրոն",
        ),
    },
    {
        "headline": t(
            "History museum in {city} unveils an exhibition of recent "
            "archaeological finds",
            "Исторический музей в {city_loc} представил выставку новых "
            "археологических находок",
            "{city_gen} պատմության թանգարանը ներկայացրել է վերջին հնագիտական "
            "գտածոների ցուցահանդես",
        ),
        "lead": t(
            "Visitors can see 240 objects, including ceramics, jewellery and coins "
            "found during excavations along an ancient trade route.",
            "Посетители увидят 240 предметов — керамику, украшения и монеты, "
            "найденные при раскопках на древнем торговом пути.",
            "Այցելուները կտեսնեն 240 նմուշ, այդ թվում՝ խեցեղեն, զարդեր և "
            "մետաղադրամներ, որոնք հայտնաբերվել են հնագույն առևտրական ճանապարհի "
            "երկայնքով կատարված պեղումների ժամանակ։",
        ),
        "paragraphs": [
            t(
                "The exhibition is the result of several seasons of fieldwork by a "
                "joint team of archaeologists and students. Many of the objects "
                "are on public display for the first time after careful "
                "restoration.",
                "Выставка стала итогом нескольких полевых сезонов совместной "
                "группы археологов и студентов. Многие предметы впервые показывают "
                "публике после тщательной реставрации.",
                "Ցուցահանդեսը հնագետների և ուսանողների համատեղ խմբի մի քանի "
                "դաշտային սեզոնների արդյունք է։ Բազմաթիվ առարկաներ մանրակրկիտ "
                "վերականգնումից հետո առաջին անգամ են ցուցադրվում հանրությանը։",
            ),
            t(
                "Highlights include a glazed bowl decorated with birds and plant "
                "motifs and a set of bronze weights once used by merchants. "
                "Interactive screens explain how goods travelled between distant "
                "cities centuries ago.",
                "Среди самых интересных экспонатов — глазурованная чаша с "
                "изображениями птиц и растительным орнаментом, а также набор "
                "бронзовых гирь, которыми пользовались купцы. Интерактивные экраны "
                "рассказывают, как много веков назад товары перемещались между "
                "далёкими городами.",
                "Ամենահետաքրքիր ցուցանմուշների թվում են թռչունների պատկերներով և "
                "բուսական զարդանախշերով ջնարակված թասը, ինչպես նաև վաճառականների "
                "օգտագործած բրոնզե կշռաքարերի հավաքածուն։ Ինտերակտիվ էկրանները "
                "պատմում են, թե ինչպես էին դարեր առաջ ապրանքները տեղափոխվում "
                "հեռավոր քաղաքների միջև։",
            ),
            t(
                "Curators have designed a special route for families, with tasks "
                "for children and a small workshop where visitors can try to piece "
                "together a replica of a broken vessel. Audio guides are available "
                "in three languages.",
                "Кураторы разработали специальный маршрут для семей с заданиями "
                "для детей и небольшой мастерской, где можно попробовать собрать "
                "копию разбитого сосуда. Аудиогиды доступны на трёх языках.",
                "Համադրողները մշակել են հատուկ երթուղի ընտանիքների համար՝ "
                "երեխաների համար առաջադրանքներով և փոքր արհեստանոցով, որտեղ կարելի "
                "է փորձել հավաքել կոտրված անոթի կրկնօրինակը։ Աուդիոգիդերը հասանելի "
                "են երեք լեզվով։",
            ),
            t(
                "The museum in {city} has also opened a restored reading room "
                "where researchers can consult excavation reports and archive "
                "photographs. School groups can book free guided tours on "
                "weekdays.",
                "Музей в {city_loc} также открыл отреставрированный читальный зал, "
                "где исследователи могут работать с отчётами о раскопках и "
                "архивными фотографиями. Школьные группы могут бесплатно заказать "
                "экскурсию в будние дни.",
                "{city_gen} թանգարանը բացել է նաև վերանորոգված ընթերցասրահ, որտեղ "
                "հետազոտողները կարող են աշխատել պեղումների հաշվետվությունների և "
                "արխիվային լուսանկարների հետ։ Դպրոցական խմբերը աշխատանքային օրերին "
                "կարող են անվճար էքսկուրսիա պատվիրել։",
            ),
            t(
                "The exhibition runs until the end of the year, after which some "
                "objects will travel to partner museums abroad. Excavations at the "
                "site will resume in {year}.",
                "Выставка продлится до конца года, после чего часть предметов "
                "отправится в музеи-партнёры за рубежом. Раскопки на памятнике "
                "возобновятся в {year} году.",
                "Ցուցահանդեսը կգործի մինչև տարեվերջ, որից հետո ցուցանմուշների մի "
                "մասը կմեկնի արտասահմանյան գործընկեր թանգարաններ։ Հուշարձանում "
                "պեղումները կվերսկսվեն {year} թվականին։",
            ),
        ],
        "subheading": t(
            "A route for the whole family",
            "Маршрут для всей семьи",
            "Երթուղի ողջ ընտանիքի համար",
        ),
        "quote": {
            "text": t(
                "Each of these objects passed through hundreds of hands before "
                "reaching ours, and each one tells a story of trade and "
                "friendship.",
                "Каждый из этих предметов прошёл через сотни рук, прежде чем "
                "попасть к нам, и каждый рассказывает историю торговли и дружбы.",
                "Այս առարկաներից յուրաքանչյուրը հարյուրավոր ձեռքերով է անցել, "
                "մինչև հասել է մեզ, և յուրաքանչյուրը պատմում է առևտրի և "
                "բարեկամության մասին։",
            ),
            "attribution": t(
                "Elmira Sultanova, chief curator of the museum",
                "Эльмира Султанова, главный хранитель музея",
                "Էլմիրա Սուլթանովա, թանգարանի գլխավոր ֆոնդապահ",
            ),
        },
        "facts_title": t(
            "Exhibition guide",
            "О выставке",
            "Ցուցահանդեսի մասին",
        ),
        "facts": [
            t(
                "Objects on display: 240",
                "Экспонатов: 240",
                "Ցուցանմուշներ՝ 240",
            ),
            t(
                "Audio guides in three languages",
                "Аудиогиды на трёх языках",
                "Աուդիոգիդեր երեք լեզվով",
            ),
            t(
                "Excavations resume: {year}",
                "Возобновление раскопок: {year} год",
                "Պեղումների վերսկսում՝ {year} թվական",
            ),
        ],
        "tags": [23, 21, 7],
        "source": t(
            "Museum press office",
            "Пресс-служба музея",
            "Թանգարանի մամուլի ծառայություն",
        ),
    },
    {
        "headline": t(
            "Short film festival in {city} awards its main prize to a debut documentary",
            "Фестиваль короткометражного кино в {city_loc} вручил главный приз "
            "дебютной документальной ленте",
            "{city_gen} կարճամետրաժ ֆիլմերի փառատոնը գլխավոր մրցանակը շնորհել է "
            "դեբյուտային վավերագրական ֆիլմին",
        ),
        "lead": t(
            "The jury chose the winner from 48 films submitted by directors from "
            "across the region.",
            "Жюри выбирало победителя из 48 фильмов режиссёров со всего региона.",
            "Ժյուրին հաղթողին ընտրել է տարածաշրջանի ռեժիսորների ներկայացրած 48 ֆիլմից։",
        ),
        "paragraphs": [
            t(
                "The winning film follows an elderly beekeeper who moves his hives "
                "up the mountain every summer. Shot over a full year, it has "
                "almost no dialogue and relies on the sounds of nature and the "
                "rhythm of work.",
                "Фильм-победитель рассказывает о пожилом пчеловоде, который каждое "
                "лето перевозит ульи высоко в горы. Снятая в течение целого года "
                "лента почти лишена диалогов и держится на звуках природы и ритме "
                "работы.",
                "Հաղթող ֆիլմը պատմում է տարեց մեղվաբույծի մասին, ով ամեն ամառ իր "
                "փեթակները տեղափոխում է լեռներ։ Մեկ ամբողջ տարվա ընթացքում "
                "նկարահանված ֆիլմում երկխոսություններ գրեթե չկան, և այն հենվում է "
                "բնության ձայների ու աշխատանքի ռիթմի վրա։",
            ),
            t(
                "The jury praised the director's patience and the careful camera "
                "work. Accepting the award, the 27-year-old filmmaker thanked the "
                "beekeeper's family for letting her crew stay with them for weeks.",
                "Жюри отметило терпение режиссёра и бережную операторскую работу. "
                "Принимая награду, 27-летний автор фильма поблагодарила семью "
                "пчеловода за то, что съёмочная группа неделями жила у них.",
                "Ժյուրին նշեց ռեժիսորի համբերատարությունը և խնամքով կատարված "
                "օպերատորական աշխատանքը։ Մրցանակն ստանալիս 27-ամյա ռեժիսորը "
                "շնորհակալություն հայտնեց մեղվաբույծի ընտանիքին՝ նկարահանող խմբին "
                "շաբաթներով իրենց տանը հյուրընկալելու համար։",
            ),
            t(
                "Prizes also went to an animated short about a girl who collects "
                "lost buttons and to a fiction film about two brothers who run a "
                "roadside café. The audience award was decided by votes cast in a "
                "mobile app.",
                "Награды также получили анимационная короткометражка о девочке, "
                "которая собирает потерянные пуговицы, и игровой фильм о двух "
                "братьях, держащих придорожное кафе. Приз зрительских симпатий "
                "определило голосование в мобильном приложении.",
                "Մրցանակներ ստացան նաև կորած կոճակներ հավաքող աղջկա մասին "
                "անիմացիոն կարճամետրաժ ֆիլմը և ճամփեզրի սրճարան պահող երկու "
                "եղբայրների մասին գեղարվեստական ֆիլմը։ Հանդիսատեսի համակրանքի "
                "մրցանակը որոշվեց բջջային հավելվածի միջոցով քվեարկությամբ։",
            ),
            t(
                "Screenings in {city} took place in a restored old cinema and at "
                "an open-air venue in a park. Many screenings were followed by "
                "discussions with the directors that went on late into the night.",
                "Показы в {city_loc} проходили в отреставрированном старом "
                "кинотеатре и на открытой площадке в парке. После многих сеансов "
                "начинались обсуждения с режиссёрами, затягивавшиеся до поздней "
                "ночи.",
                "{city_loc} ցուցադրություններն անցկացվում էին վերանորոգված հին "
                "կինոթատրոնում և այգու բացօթյա հարթակում։ Շատ դիտումներից հետո "
                "սկսվում էին քննարկումներ ռեժիսորների հետ, որոնք ձգվում էին մինչև "
                "ուշ գիշեր։",
            ),
            t(
                "The winning documentary will be shown on national television and "
                "submitted to several international festivals. Entries for the "
                "{year} competition will open in the spring.",
                "Фильм-победитель покажут на национальном телевидении и направят "
                "на несколько международных фестивалей. Приём заявок на конкурс "
                "{year} года откроется весной.",
                "Հաղթող վավերագրական ֆիլմը կցուցադրվի ազգային հեռուստատեսությամբ և "
                "կներկայացվի մի շարք միջազգային փառատոների։ {year} թվականի "
                "մրցույթի հայտերի ընդունումը կմեկնարկի գարնանը։",
            ),
        ],
        "subheading": t(
            "A year with the bees",
            "Год с пчёлами",
            "Մեկ տարի մեղուների հետ",
        ),
        "quote": {
            "text": t(
                "I did not want to explain anything to the viewer. I wanted them "
                "to breathe the mountain air with us.",
                "Я не хотела ничего объяснять зрителю — хотела, чтобы он дышал "
                "горным воздухом вместе с нами.",
                "Ես չէի ուզում որևէ բան բացատրել հանդիսատեսին։ Ուզում էի, որ նա "
                "մեզ հետ շնչի լեռնային օդը։",
            ),
            "attribution": t(
                "Lala Ahmadova, director of the winning film",
                "Лала Ахмедова, режиссёр фильма-победителя",
                "Լալա Ահմեդովա, հաղթող ֆիլմի ռեժիսոր",
            ),
        },
        "facts_title": t(
            "Festival results",
            "Итоги фестиваля",
            "Փառատոնի արդյունքները",
        ),
        "facts": [
            t(
                "Films in competition: 48",
                "Фильмов в конкурсе: 48",
                "Մրցութային ֆիլմեր՝ 48",
            ),
            t(
                "Main prize: a documentary about a beekeeper",
                "Главный приз: документальный фильм о пчеловоде",
                "Գլխավոր մրցանակ՝ վավերագրական ֆիլմ մեղվաբույծի մասին",
            ),
            t(
                "Next call for entries: spring {year}",
                "Следующий приём заявок: весна {year} года",
                "Հայտերի հաջորդ ընդունումը՝ {year} թվականի գարուն",
            ),
        ],
        "tags": [14, 9],
    },
    {
        "headline": t(
            "Restored nineteenth-century trading house in {city} reopens as an "
            "arts centre",
            "В {city_loc} отреставрированный торговый дом XIX века открылся как "
            "арт-центр",
            "{city_loc} վերականգնված 19-րդ դարի առևտրական տունը վերաբացվել է որպես "
            "արվեստի կենտրոն",
        ),
        "lead": t(
            "Restoring the carved facade and painted wooden ceilings took three "
            "years, and the building now houses galleries, workshops and a café.",
            "Реставрация резного фасада и расписных деревянных потолков заняла три "
            "года; теперь в здании разместились галереи, мастерские и кафе.",
            "Փորագրված ճակատի և նկարազարդ փայտե առաստաղների վերականգնումը տևել է "
            "երեք տարի, և այժմ շենքում տեղակայված են պատկերասրահներ, արհեստանոցներ "
            "և սրճարան։",
        ),
        "paragraphs": [
            t(
                "The building was put up by a merchant family and later served as "
                "a warehouse and an office before standing empty for a time. "
                "Restorers removed layers of paint to reveal the original colours "
                "of the ceilings and replaced damaged stone blocks with matching "
                "material.",
                "Здание построила купеческая семья; позже в нём размещались склад "
                "и контора, а какое-то время оно пустовало. Реставраторы сняли "
                "слои краски, открыв первоначальные цвета потолков, и заменили "
                "повреждённые каменные блоки подходящим материалом.",
                "Շենքը կառուցել է վաճառականների մի ընտանիք, հետագայում այնտեղ "
                "գործել են պահեստ և գրասենյակ, իսկ որոշ ժամանակ այն դատարկ է "
                "մնացել։ Վերականգնողները հեռացրել են ներկի շերտերը՝ բացահայտելով "
                "առաստաղների սկզբնական գույները, և վնասված քարե բլոկները փոխարինել "
                "համապատասխան նյութով։",
            ),
            t(
                "The ground floor now holds an exhibition hall and workshops for "
                "ceramics, textile printing and woodcarving. Upstairs there is a "
                "small concert room whose excellent acoustics come from the "
                "original wooden panelling.",
                "На первом этаже теперь выставочный зал и мастерские керамики, "
                "набойки по ткани и резьбы по дереву. На втором этаже находится "
                "небольшой концертный зал с прекрасной акустикой, которую "
                "обеспечивают сохранившиеся деревянные панели.",
                "Առաջին հարկում այժմ ցուցասրահ է և խեցեգործության, կտորի վրա "
                "տպագրության ու փայտափորագրության արհեստանոցներ։ Երկրորդ հարկում "
                "գտնվում է փոքր համերգասրահ՝ հիանալի ակուստիկայով, որն ապահովում "
                "են պահպանված փայտե պանելները։",
            ),
            t(
                "The opening exhibition shows work by young artists inspired by "
                "the history of the building and the trade routes that once passed "
                "through {city}. In the courtyard, artists and local "
                "schoolchildren have painted a mural together.",
                "Первая выставка представляет работы молодых художников, "
                "вдохновлённых историей здания и торговыми путями, которые "
                "когда-то проходили через {city_acc}. Во дворе художники вместе с "
                "местными школьниками расписали стену.",
                "Առաջին ցուցահանդեսում ներկայացված են երիտասարդ նկարիչների "
                "աշխատանքներ, որոնք ոգեշնչված են շենքի պատմությամբ և այն առևտրական "
                "ճանապարհներով, որոնք ժամանակին անցնում էին {city_ins}։ Բակում "
                "նկարիչները տեղացի դպրոցականների հետ միասին որմնանկար են ստեղծել։",
            ),
            t(
                "Admission to the exhibitions is free on the first Sunday of every "
                "month. Workshops charge a modest fee, with discounts for students "
                "and pensioners.",
                "В первое воскресенье каждого месяца вход на выставки бесплатный. "
                "Занятия в мастерских платные, но недорогие, для студентов и "
                "пенсионеров предусмотрены скидки.",
                "Յուրաքանչյուր ամսվա առաջին կիրակի ցուցահանդեսների մուտքն անվճար "
                "է։ Արհեստանոցներում պարապմունքները վճարովի են, բայց մատչելի, իսկ "
                "ուսանողների և թոշակառուների համար նախատեսված են զեղչեր։",
            ),
            t(
                "Heritage specialists say the project could serve as a model for "
                "other historic buildings awaiting restoration. The city plans to "
                "restore two more old houses on the same street by {year}.",
                "Специалисты по охране наследия считают, что проект может стать "
                "образцом для других исторических зданий, ожидающих реставрации. К "
                "{year} году город планирует восстановить ещё два старых дома на "
                "той же улице.",
                "Ժառանգության պահպանության մասնագետները կարծում են, որ նախագիծը "
                "կարող է օրինակ դառնալ վերականգնման սպասող այլ պատմական շենքերի "
                "համար։ Մինչև {year} թվականը քաղաքը նախատեսում է վերականգնել ևս "
                "երկու հին տուն նույն փողոցում։",
            ),
        ],
        "subheading": t(
            "Workshops under painted ceilings",
            "Мастерские под расписными потолками",
            "Արհեստանոցներ նկարազարդ առաստաղների ներքո",
        ),
        "quote": {
            "text": t(
                "We tried to change as little as possible, because the building "
                "itself is the main exhibit.",
                "Мы старались менять как можно меньше: главный экспонат здесь — "
                "само здание.",
                "Մենք փորձել ենք հնարավորինս քիչ բան փոխել, քանի որ այստեղ գլխավոր "
                "ցուցանմուշը հենց շենքն է։",
            ),
            "attribution": t(
                "Teymur Aslanov, restoration architect",
                "Теймур Асланов, архитектор-реставратор",
                "Թեյմուր Ասլանով, ճարտարապետ-վերականգնող",
            ),
        },
        "facts_title": t(
            "About the building",
            "О здании",
            "Շենքի մասին",
        ),
        "facts": [
            t(
                "Restoration period: three years",
                "Срок реставрации: три года",
                "Վերականգնման տևողությունը՝ երեք տարի",
            ),
            t(
                "Workshops: ceramics, textile printing, woodcarving",
                "Мастерские: керамика, набойка, резьба по дереву",
                "Արհեստանոցներ՝ խեցեգործություն, կտորի տպագրություն, փայտափորագրություն",
            ),
            t(
                "Two more houses to be restored by {year}",
                "Ещё два дома восстановят к {year} году",
                "Եվս երկու տուն կվերականգնվի մինչև {year} թվականը",
            ),
        ],
        "tags": [23, 19, 7],
        "source": t(
            "Ministry of Culture",
            "Министерство культуры",
            "Մշակույթի նախարարություն",
        ),
    },
    {
        "headline": t(
            "Carpet Museum shows nineteenth-century rugs from private collections",
            "Музей ковра показывает ковры XIX века из частных коллекций",
            "Գորգի թանգարանը ցուցադրում է 19-րդ դարի գորգեր մասնավոր հավաքածուներից",
        ),
        "lead": t(
            "Many of the sixty carpets have never been displayed in public, and "
            "some were restored especially for the exhibition.",
            "Многие из шестидесяти ковров никогда прежде не выставлялись, а "
            "некоторые отреставрированы специально для выставки.",
            "Վաթսուն գորգերից շատերը երբևէ չեն ցուցադրվել, իսկ մի քանիսը "
            "վերականգնվել են հատուկ ցուցահանդեսի համար։",
        ),
        "paragraphs": [
            t(
                "The carpets come from families who kept them for generations, "
                "often folded in chests. Labels explain the meaning of common "
                "motifs and how weavers from different regions could be recognised "
                "by their patterns.",
                "Ковры предоставили семьи, хранившие их поколениями, нередко "
                "сложенными в сундуках. Подписи объясняют значение "
                "распространённых мотивов и то, как по узорам можно было узнать "
                "мастериц из разных краёв.",
                "Գորգերը տրամադրել են ընտանիքներ, որոնք դրանք սերնդեսերունդ պահել "
                "են հաճախ սնդուկներում ծալած։ Բացատրագրերը պատմում են տարածված "
                "մոտիվների իմաստի մասին և այն մասին, թե ինչպես էր հնարավոր ըստ "
                "նախշերի ճանաչել տարբեր շրջանների վարպետուհիներին։",
            ),
            t(
                "Restorers will give talks every Saturday on how old carpets are "
                "cleaned and repaired. The exhibition runs until the end of the "
                "year.",
                "Каждую субботу реставраторы будут рассказывать, как чистят и "
                "восстанавливают старинные ковры. Выставка продлится до конца "
                "года.",
                "Ամեն շաբաթ վերականգնողները կպատմեն, թե ինչպես են մաքրում և "
                "վերականգնում հին գորգերը։ Ցուցահանդեսը կգործի մինչև տարեվերջ։",
            ),
        ],
        "tags": [23],
    },
    {
        "headline": t(
            "Mugham festival opens with a concert in the courtyard of an old "
            "caravanserai",
            "Фестиваль мугама открылся концертом во дворе старинного караван-сарая",
            "Մուղամի փառատոնը բացվել է հին քարավանատան բակում կայացած համերգով",
        ),
        "lead": t(
            "Singers and instrumentalists of three generations will perform over "
            "ten days in the capital and in four regional towns.",
            "Десять дней в столице и четырёх городах регионов будут выступать "
            "певцы и музыканты трёх поколений.",
            "Տասը օր մայրաքաղաքում և մարզային չորս քաղաքներում հանդես կգան երեք "
            "սերնդի երգիչներ և երաժիշտներ։",
        ),
        "paragraphs": [
            t(
                "Mugham is a traditional form of improvised music performed by a "
                "singer with tar and kamancha players. The festival also includes "
                "master classes for young musicians and a conference of "
                "ethnomusicologists.",
                "Мугам — традиционная импровизационная музыка, которую исполняют "
                "певец и музыканты на таре и кяманче. В программе фестиваля также "
                "мастер-классы для молодых музыкантов и конференция "
                "этномузыкологов.",
                "Մուղամը ավանդական իմպրովիզացիոն երաժշտություն է, որը կատարում են "
                "երգիչը և թառ ու քամանչա նվագող երաժիշտները։ Փառատոնի ծրագրում են "
                "նաև վարպետության դասեր երիտասարդ երաժիշտների համար և "
                "ազգաերաժշտագետների համաժողով։",
            ),
            t(
                "Most concerts are free, and several will be broadcast live on "
                "radio. Organisers have added a late-night series in small venues "
                "for audiences who want to hear longer performances.",
                "Большинство концертов бесплатные, несколько будут транслироваться "
                "по радио в прямом эфире. Для тех, кто хочет послушать более "
                "долгие выступления, организаторы добавили серию ночных концертов "
                "в небольших залах.",
                "Համերգների մեծ մասն անվճար է, և մի քանիսը ուղիղ եթերով "
                "կհեռարձակվեն ռադիոյով։ Ավելի երկար կատարումներ լսել ցանկացողների "
                "համար կազմակերպիչները փոքր դահլիճներում ավելացրել են գիշերային "
                "համերգների շարք։",
            ),
        ],
        "tags": [13],
    },
    {
        "headline": t(
            "Book fair draws publishers from twenty countries",
            "Книжная ярмарка собрала издателей из двадцати стран",
            "Գրքի տոնավաճառը համախմբել է քսան երկրի հրատարակիչների",
        ),
        "lead": t(
            "Children's books and translations of contemporary novels were the "
            "best-selling categories on the first weekend.",
            "В первые выходные лучше всего продавались детские книги и переводы "
            "современных романов.",
            "Առաջին հանգստյան օրերին ամենից լավ վաճառվել են մանկական գրքերը և "
            "ժամանակակից վեպերի թարգմանությունները։",
        ),
        "paragraphs": [
            t(
                "Local publishers used the fair to buy translation rights and meet "
                "foreign agents. Authors signed books at the stands, and a "
                "separate hall hosted readings for schoolchildren.",
                "Местные издательства использовали ярмарку, чтобы купить права на "
                "переводы и встретиться с зарубежными агентами. Авторы подписывали "
                "книги у стендов, а в отдельном зале прошли чтения для школьников.",
                "Տեղի հրատարակչությունները տոնավաճառն օգտագործել են թարգմանության "
                "իրավունքներ գնելու և արտասահմանյան գործակալների հետ հանդիպելու "
                "համար։ Հեղինակները տաղավարներում գրքեր էին մակագրում, իսկ առանձին "
                "սրահում ընթերցումներ են անցկացվել դպրոցականների համար։",
            ),
            t(
                "Publishers say sales of printed books have recovered, although "
                "e-books and audiobooks are growing faster. The fair closes on "
                "Sunday with an award for the best-designed book of the year.",
                "Издатели говорят, что продажи бумажных книг восстановились, хотя "
                "электронные и аудиокниги растут быстрее. В воскресенье ярмарка "
                "завершится вручением премии за лучшее оформление книги года.",
                "Հրատարակիչներն ասում են, որ տպագիր գրքերի վաճառքը վերականգնվել է, "
                "թեև էլեկտրոնային և աուդիոգրքերն ավելի արագ են աճում։ Կիրակի "
                "տոնավաճառը կավարտվի տարվա լավագույն ձևավորված գրքի մրցանակի "
                "հանձնմամբ։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Opera house opens its season with a new production of a national classic",
            "Оперный театр открыл сезон новой постановкой национальной классики",
            "Օպերային թատրոնը թատերաշրջանը բացել է ազգային դասականի նոր բեմադրությամբ",
        ),
        "lead": t(
            "The director has moved the story to the early twentieth century, with "
            "costumes inspired by old family photographs.",
            "Режиссёр перенёс действие в начало XX века, а костюмы создавались по "
            "мотивам старых семейных фотографий.",
            "Ռեժիսորը գործողությունը տեղափոխել է 20-րդ դարի սկիզբ, իսկ զգեստները "
            "ստեղծվել են հին ընտանեկան լուսանկարների մոտիվներով։",
        ),
        "paragraphs": [
            t(
                "The leading roles are sung by soloists who joined the company "
                "from the conservatoire only two years ago. Critics praised the "
                "chorus and the new lighting design.",
                "Главные партии исполняют солисты, пришедшие в труппу из "
                "консерватории всего два года назад. Критики высоко оценили хор и "
                "новое световое оформление.",
                "Գլխավոր դերերը կատարում են մենակատարներ, որոնք ընդամենը երկու "
                "տարի առաջ են խումբ եկել կոնսերվատորիայից։ Քննադատները բարձր են "
                "գնահատել երգչախումբը և նոր լուսային ձևավորումը։",
            ),
            t(
                "The season also includes two Italian operas, a ballet for "
                "children and a series of chamber concerts in the foyer. Students "
                "can buy discounted tickets an hour before each performance.",
                "В сезоне также две итальянские оперы, балет для детей и цикл "
                "камерных концертов в фойе. Студенты могут купить билеты со "
                "скидкой за час до начала каждого спектакля.",
                "Թատերաշրջանում են նաև երկու իտալական օպերա, բալետ երեխաների համար "
                "և կամերային համերգների շարք նախասրահում։ Ուսանողները կարող են "
                "զեղչով տոմսեր գնել յուրաքանչյուր ներկայացումից մեկ ժամ առաջ։",
            ),
        ],
        "tags": [13, 12],
    },
    {
        "headline": t(
            "Debut feature selected for a major international film festival",
            "Дебютный фильм отобран в программу крупного международного кинофестиваля",
            "Դեբյուտային ֆիլմն ընտրվել է խոշոր միջազգային կինոփառատոնի ծրագրում",
        ),
        "lead": t(
            "The film follows a teenage girl who looks after her grandfather's "
            "beehives in a mountain village.",
            "Фильм рассказывает о девочке-подростке, которая ухаживает за "
            "дедушкиной пасекой в горном селе.",
            "Ֆիլմը պատմում է դեռահաս աղջկա մասին, որը լեռնային գյուղում խնամում է "
            "պապիկի մեղվանոցը։",
        ),
        "paragraphs": [
            t(
                "The director, who is 29, shot the film over two summers with a "
                "crew of eight and non-professional actors from the village. It "
                "will be shown in a competition for first and second films.",
                "29-летний режиссёр снимал фильм два лета подряд со съёмочной "
                "группой из восьми человек и непрофессиональными актёрами из того "
                "же села. Картина будет показана в конкурсе первых и вторых "
                "фильмов.",
                "29-ամյա ռեժիսորը ֆիլմը նկարահանել է երկու ամառ անընդմեջ՝ ութ "
                "հոգանոց խմբով և նույն գյուղի ոչ պրոֆեսիոնալ դերասաններով։ Ֆիլմը "
                "կցուցադրվի առաջին և երկրորդ ֆիլմերի մրցույթում։",
            ),
            t(
                "It is the first film from the country to be selected for this "
                "festival in more than a decade. The national film centre will "
                "help with subtitles and travel for the crew.",
                "Это первый за более чем десять лет фильм из страны, отобранный на "
                "этот фестиваль. Национальный киноцентр поможет с субтитрами и "
                "поездкой съёмочной группы.",
                "Սա տասը տարուց ավելի ժամանակում երկրից առաջին ֆիլմն է, որ ընտրվել "
                "է այս փառատոնի համար։ Ազգային կինոկենտրոնը կօգնի ենթագրերի և "
                "նկարահանող խմբի ուղևորության հարցում։",
            ),
        ],
        "tags": [14],
    },
    {
        "headline": t(
            "Poetry evenings return to the old city every Thursday",
            "По четвергам в старом городе снова проходят поэтические вечера",
            "Հին քաղաքում ամեն հինգշաբթի կրկին անցկացվում են պոեզիայի երեկոներ",
        ),
        "lead": t(
            "Young and established poets read in a small courtyard, and anyone can "
            "sign up for the open microphone.",
            "В небольшом дворике читают стихи молодые и признанные поэты, а "
            "записаться к открытому микрофону может любой желающий.",
            "Փոքրիկ բակում բանաստեղծություններ են կարդում երիտասարդ և ճանաչված "
            "բանաստեղծներ, իսկ բաց խոսափողին կարող է գրանցվել յուրաքանչյուր ոք։",
        ),
        "paragraphs": [
            t(
                "The evenings were started by a group of literature students ten "
                "years ago and now attract about a hundred listeners. Poems are "
                "read in several languages, with translations projected on a wall.",
                "Вечера десять лет назад придумала группа студентов-филологов, и "
                "сейчас на них приходят около ста слушателей. Стихи читают на "
                "нескольких языках, а переводы проецируют на стену.",
                "Երեկոները տասը տարի առաջ հիմնել է բանասիրության ուսանողների "
                "խումբը, և այժմ դրանց գալիս է մոտ հարյուր ունկնդիր։ "
                "Բանաստեղծությունները կարդացվում են մի քանի լեզվով, իսկ "
                "թարգմանությունները ցուցադրվում են պատին։",
            ),
            t(
                "A small publisher has offered to print an anthology of the best "
                "poems read this season. Entry is free, and tea is served from a "
                "samovar.",
                "Небольшое издательство предложило выпустить антологию лучших "
                "стихов сезона. Вход свободный, чай наливают из самовара.",
                "Փոքր հրատարակչությունն առաջարկել է լույս ընծայել մրցաշրջանի "
                "լավագույն բանաստեղծությունների ժողովածու։ Մուտքն ազատ է, իսկ թեյը "
                "լցնում են ինքնաեռից։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Street artists cover Sumgait's blank walls with murals",
            "Уличные художники расписали глухие стены Сумгайыта",
            "Փողոցային նկարիչները որմնանկարներով զարդարել են Սումգայիթի դատարկ պատերը",
        ),
        "lead": t(
            "Twelve large murals, chosen in a vote by residents, have appeared on "
            "the sides of apartment blocks.",
            "На торцах многоэтажек появились двенадцать больших муралов, "
            "отобранных голосованием жителей.",
            "Բազմահարկ շենքերի պատերին հայտնվել են բնակիչների քվեարկությամբ "
            "ընտրված տասներկու մեծ որմնանկարներ։",
        ),
        "paragraphs": [
            t(
                "Artists from six countries worked on lifts for two weeks, often "
                "watched by crowds of children. The subjects range from the city's "
                "sea front to portraits of local teachers and athletes.",
                "Две недели художники из шести стран работали на подъёмниках, и за "
                "ними часто наблюдали толпы детей. Сюжеты — от городской "
                "набережной до портретов местных учителей и спортсменов.",
                "Վեց երկրի նկարիչները երկու շաբաթ աշխատել են վերամբարձ հարթակների "
                "վրա, և նրանց հաճախ հետևում էին երեխաների խմբեր։ Թեմաները տարբեր "
                "են՝ քաղաքի ծովափից մինչև տեղի ուսուցիչների և մարզիկների "
                "դիմանկարներ։",
            ),
            t(
                "The city has published a map for a walking tour of the murals. "
                "Residents in several buildings asked for murals of their own next "
                "year.",
                "Мэрия выпустила карту пешеходного маршрута по муралам. Жители "
                "нескольких домов попросили в следующем году расписать и их стены.",
                "Քաղաքապետարանը հրապարակել է որմնանկարներով զբոսաշրջային երթուղու "
                "քարտեզ։ Մի քանի շենքերի բնակիչներ խնդրել են հաջորդ տարի "
                "նկարազարդել նաև իրենց պատերը։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Restorers finish work on the upper caravanserai in Shaki",
            "Реставраторы завершили работы в Верхнем караван-сарае Шеки",
            "Վերականգնողներն ավարտել են Շաքիի Վերին քարավանատան աշխատանքները",
        ),
        "lead": t(
            "The eighteenth-century inn, where silk traders once stayed, has been "
            "repaired using traditional brick and lime mortar.",
            "Постоялый двор XVIII века, где когда-то останавливались торговцы "
            "шёлком, отремонтирован с использованием традиционного кирпича и "
            "известкового раствора.",
            "18-րդ դարի իջևանատունը, որտեղ ժամանակին կանգ էին առնում մետաքսի "
            "վաճառականները, վերանորոգվել է ավանդական աղյուսով և կրաշաղախով։",
        ),
        "paragraphs": [
            t(
                "Workers replaced damaged bricks by hand and cleared later "
                "additions that blocked the arches of the courtyard. Rooms on the "
                "upper floor will again be used as a small hotel.",
                "Рабочие вручную заменили повреждённые кирпичи и убрали поздние "
                "пристройки, закрывавшие арки двора. Комнаты на верхнем этаже "
                "снова будут использоваться как небольшая гостиница.",
                "Աշխատողները ձեռքով փոխարինել են վնասված աղյուսները և հեռացրել "
                "բակի կամարները փակող ուշ շրջանի կցակառույցները։ Վերին հարկի "
                "սենյակները կրկին կօգտագործվեն որպես փոքր հյուրանոց։",
            ),
            t(
                "The ground floor will house craft workshops, where visitors can "
                "watch silk being spun and painted. Heritage experts praised the "
                "use of local materials and craftsmen.",
                "На первом этаже разместятся ремесленные мастерские, где "
                "посетители увидят, как прядут и расписывают шёлк. Специалисты по "
                "наследию одобрили использование местных материалов и мастеров.",
                "Առաջին հարկում կտեղակայվեն արհեստանոցներ, որտեղ այցելուները "
                "կտեսնեն, թե ինչպես են մետաքս մանում և նկարազարդում։ Ժառանգության "
                "մասնագետները հավանություն են տվել տեղական նյութերի և վարպետների "
                "օգտագործմանը։",
            ),
        ],
        "tags": [23, 7],
    },
    {
        "headline": t(
            "Puppet theatre takes its shows to village schools",
            "Кукольный театр повёз спектакли по сельским школам",
            "Տիկնիկային թատրոնը ներկայացումներով շրջում է գյուղական դպրոցներով",
        ),
        "lead": t(
            "A company of six actors and a van full of puppets will visit forty "
            "villages before the winter holidays.",
            "Труппа из шести актёров и фургон, полный кукол, до зимних каникул "
            "побывают в сорока сёлах.",
            "Վեց դերասանից բաղկացած խումբը և տիկնիկներով լի ավտոֆուրգոնը մինչև "
            "ձմեռային արձակուրդներ կայցելեն քառասուն գյուղ։",
        ),
        "paragraphs": [
            t(
                "The programme includes a fairy tale based on a local legend and a "
                "short play about road safety. After each show, children can try "
                "working the puppets themselves.",
                "В программе — сказка по мотивам местной легенды и короткий "
                "спектакль о правилах дорожного движения. После каждого "
                "представления дети могут сами попробовать управлять куклами.",
                "Ծրագրում են տեղական լեգենդի մոտիվներով հեքիաթ և ճանապարհային "
                "երթևեկության կանոնների մասին կարճ ներկայացում։ Յուրաքանչյուր "
                "ներկայացումից հետո երեխաները կարող են իրենք փորձել տիկնիկներ "
                "վարել։",
            ),
            t(
                "For many pupils, it is their first visit from a theatre. The tour "
                "is funded by the culture ministry, and schools pay nothing.",
                "Для многих учеников это первая встреча с театром. Гастроли "
                "финансирует министерство культуры, и школы ничего не платят.",
                "Շատ աշակերտների համար սա թատրոնի հետ առաջին հանդիպումն է։ "
                "Հյուրախաղերը ֆինանսավորում է մշակույթի նախարարությունը, և "
                "դպրոցները ոչինչ չեն վճարում։",
            ),
        ],
        "tags": [12],
    },
    {
        "headline": t(
            "Photography exhibition follows life on the Caspian coast over a year",
            "Фотовыставка рассказывает о жизни на побережье Каспия на протяжении года",
            "Լուսանկարչական ցուցահանդեսը պատմում է Կասպից ծովի ափին կյանքի մասին "
            "մեկ տարվա ընթացքում",
        ),
        "lead": t(
            "Four photographers documented fishermen, beach vendors, oil workers "
            "and holidaymakers from winter to autumn.",
            "Четыре фотографа снимали рыбаков, пляжных торговцев, нефтяников и "
            "отдыхающих с зимы до осени.",
            "Չորս լուսանկարիչ ձմռանից մինչև աշուն նկարահանել են ձկնորսներին, "
            "լողափի առևտրականներին, նավթագործներին և հանգստացողներին։",
        ),
        "paragraphs": [
            t(
                "The 120 pictures hang in a former warehouse by the sea. Some of "
                "the most striking images show the shoreline retreating as the sea "
                "level falls.",
                "Сто двадцать снимков размещены в бывшем складе у моря. Одни из "
                "самых впечатляющих кадров показывают, как отступает берег по мере "
                "падения уровня моря.",
                "Հարյուր քսան լուսանկար տեղադրված են ծովի մոտ գտնվող նախկին "
                "պահեստում։ Ամենատպավորիչ կադրերից մի քանիսը ցույց են տալիս, թե "
                "ինչպես է ափը նահանջում ծովի մակարդակի իջնելուն զուգընթաց։",
            ),
            t(
                "The photographers will lead free tours on weekends. A book of the "
                "project is being prepared and will be sold to fund a photography "
                "course for teenagers.",
                "По выходным фотографы будут проводить бесплатные экскурсии. "
                "Готовится книга о проекте; выручка от её продажи пойдёт на курс "
                "фотографии для подростков.",
                "Հանգստյան օրերին լուսանկարիչները անվճար էքսկուրսիաներ կանցկացնեն։ "
                "Պատրաստվում է նախագծի մասին գիրք, որի վաճառքից ստացված գումարը "
                "կուղղվի դեռահասների համար լուսանկարչության դասընթացի։",
            ),
        ],
        "tags": [20],
    },
    {
        "headline": t(
            "Symphony orchestra begins a tour of regional concert halls",
            "Симфонический оркестр отправился в турне по концертным залам регионов",
            "Սիմֆոնիկ նվագախումբը հյուրախաղերի է մեկնել մարզերի համերգասրահներով",
        ),
        "lead": t(
            "The orchestra will give twelve concerts in ten towns, most of which "
            "have not hosted a full orchestra for years.",
            "Оркестр даст двенадцать концертов в десяти городах, в большинстве из "
            "которых полный оркестр не выступал уже много лет.",
            "Նվագախումբը տասը քաղաքում կտա տասներկու համերգ, որոնց մեծ մասում "
            "ամբողջական նվագախումբ տարիներ շարունակ հանդես չի եկել։",
        ),
        "paragraphs": [
            t(
                "The programme combines well-known symphonies with works by "
                "national composers. In every town, musicians will also visit the "
                "local music school to rehearse with pupils.",
                "Программа сочетает известные симфонии с произведениями "
                "национальных композиторов. В каждом городе музыканты также придут "
                "в местную музыкальную школу, чтобы порепетировать с учениками.",
                "Ծրագիրը համադրում է հայտնի սիմֆոնիաներ ազգային կոմպոզիտորների "
                "ստեղծագործությունների հետ։ Յուրաքանչյուր քաղաքում երաժիշտները "
                "կայցելեն նաև տեղի երաժշտական դպրոց՝ աշակերտների հետ փորձ անելու։",
            ),
            t(
                "Several halls had their stages repaired before the tour. Tickets "
                "cost the same as a cinema ticket, and pupils of music schools get "
                "in free.",
                "К гастролям в нескольких залах отремонтировали сцены. Билеты "
                "стоят столько же, сколько билет в кино, а ученики музыкальных "
                "школ проходят бесплатно.",
                "Հյուրախաղերից առաջ մի քանի դահլիճում վերանորոգվել են բեմերը։ "
                "Տոմսերն արժեն այնքան, որքան կինոյի տոմսը, իսկ երաժշտական "
                "դպրոցների աշակերտները մուտք են գործում անվճար։",
            ),
        ],
        "tags": [13],
    },
    {
        "headline": t(
            "Translation prize goes to a rendering of contemporary short stories",
            "Премию за перевод получил сборник современных рассказов",
            "Թարգմանության մրցանակը շնորհվել է ժամանակակից պատմվածքների ժողովածուին",
        ),
        "lead": t(
            "The winning translator spent three years on the collection and "
            "consulted each of its nine authors.",
            "Лауреат работал над сборником три года и советовался с каждым из "
            "девяти его авторов.",
            "Դափնեկիրը երեք տարի աշխատել է ժողովածուի վրա և խորհրդակցել է դրա ինը "
            "հեղինակներից յուրաքանչյուրի հետ։",
        ),
        "paragraphs": [
            t(
                "The jury praised how the translation keeps the humour and the "
                "rhythm of everyday speech. The prize is awarded every two years "
                "and includes a grant for the translator's next project.",
                "Жюри отметило, что в переводе сохранены юмор и ритм живой речи. "
                "Премия вручается раз в два года и включает грант на следующий "
                "проект переводчика.",
                "Ժյուրին նշել է, որ թարգմանության մեջ պահպանված են հումորը և "
                "կենդանի խոսքի ռիթմը։ Մրցանակը շնորհվում է երկու տարին մեկ և "
                "ներառում է դրամաշնորհ թարգմանչի հաջորդ նախագծի համար։",
            ),
            t(
                "The shortlist included translations from Spanish, Japanese and "
                "Persian. Organisers say interest in literary translation is "
                "growing among students.",
                "В короткий список вошли переводы с испанского, японского и "
                "персидского языков. По словам организаторов, интерес к "
                "художественному переводу среди студентов растёт.",
                "Կարճ ցուցակում ընդգրկված էին իսպաներենից, ճապոներենից և "
                "պարսկերենից թարգմանություններ։ Կազմակերպիչների խոսքով՝ "
                "ուսանողների շրջանում գեղարվեստական թարգմանության նկատմամբ "
                "հետաքրքրությունն աճում է։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Coppersmiths of Lahij open their workshops to visitors",
            "Медники Лагича открыли свои мастерские для посетителей",
            "Լահիջի պղնձագործները այցելուների համար բացել են իրենց արհեստանոցները",
        ),
        "lead": t(
            "A new walking route through the mountain village links eleven "
            "workshops where jugs, trays and pots are still hammered by hand.",
            "Новый пешеходный маршрут по горному селу связал одиннадцать "
            "мастерских, где кувшины, подносы и котлы до сих пор чеканят вручную.",
            "Լեռնային գյուղով անցնող նոր հետիոտն երթուղին միացրել է տասնմեկ "
            "արհեստանոց, որտեղ սափորները, սկուտեղները և կաթսաները մինչ օրս ձեռքով "
            "են դրվագվում։",
        ),
        "paragraphs": [
            t(
                "Visitors can watch craftsmen at work and try a few strokes with a "
                "hammer. Each workshop has a sign explaining its specialty and the "
                "family that has run it for generations.",
                "Посетители могут посмотреть, как работают мастера, и сами сделать "
                "несколько ударов молотком. У каждой мастерской есть табличка, "
                "рассказывающая о её специализации и семье, которая ведёт её "
                "поколениями.",
                "Այցելուները կարող են տեսնել, թե ինչպես են աշխատում վարպետները, և "
                "իրենք մի քանի հարված հասցնել մուրճով։ Յուրաքանչյուր արհեստանոց "
                "ունի ցուցանակ, որը պատմում է նրա մասնագիտացման և այն ընտանիքի "
                "մասին, որը սերնդեսերունդ վարում է այն։",
            ),
            t(
                "Craftsmen say visitors help them sell directly, without "
                "middlemen. The village has also opened a small museum of "
                "copperware in its old bathhouse.",
                "Мастера говорят, что приезжие помогают им продавать изделия "
                "напрямую, без посредников. В селе также открылся небольшой музей "
                "медной посуды в здании старой бани.",
                "Վարպետներն ասում են, որ այցելուներն օգնում են իրենց ապրանքներն "
                "ուղղակիորեն վաճառել՝ առանց միջնորդների։ Գյուղում հին բաղնիքի "
                "շենքում բացվել է նաև պղնձե ամանեղենի փոքր թանգարան։",
            ),
        ],
        "tags": [7, 23],
    },
    {
        "headline": t(
            "Open-air cinema season starts on the seaside boulevard",
            "На приморском бульваре начался сезон кино под открытым небом",
            "Ծովափնյա զբոսայգում մեկնարկել է բացօթյա կինոյի սեզոնը",
        ),
        "lead": t(
            "Classic and new films will be shown free of charge every evening "
            "until the end of August.",
            "До конца августа каждый вечер будут бесплатно показывать классические "
            "и новые фильмы.",
            "Մինչև օգոստոսի վերջ ամեն երեկո անվճար կցուցադրվեն դասական և նոր ֆիլմեր։",
        ),
        "paragraphs": [
            t(
                "The programme mixes national film classics, family animation and "
                "recent festival winners with subtitles. Deckchairs are available "
                "on a first-come basis, and many viewers bring their own blankets.",
                "В программе — классика национального кино, семейные мультфильмы и "
                "недавние победители фестивалей с субтитрами. Шезлонги достаются "
                "тем, кто пришёл раньше, и многие зрители приносят свои пледы.",
                "Ծրագրում են ազգային կինոյի դասական ֆիլմեր, ընտանեկան մուլտֆիլմեր "
                "և փառատոների վերջին հաղթողները՝ ենթագրերով։ Պառկաթոռները բաժին են "
                "հասնում ավելի շուտ եկածներին, և շատ հանդիսատեսներ իրենց "
                "ծածկոցներն են բերում։",
            ),
            t(
                "On Sundays, film critics will introduce the screenings. If it "
                "rains, the show moves to a nearby cultural centre.",
                "По воскресеньям показы будут предварять кинокритики. В случае "
                "дождя сеанс переносится в соседний культурный центр.",
                "Կիրակի օրերին ցուցադրություններին կնախորդեն կինոքննադատների "
                "խոսքերը։ Անձրևի դեպքում ցուցադրությունը տեղափոխվում է մոտակա "
                "մշակութային կենտրոն։",
            ),
        ],
        "tags": [14],
    },
    {
        "headline": t(
            "Museum night: forty museums stay open until midnight",
            "Ночь музеев: сорок музеев работали до полуночи",
            "Թանգարանների գիշերը քառասուն թանգարան աշխատել է մինչև կեսգիշեր",
        ),
        "lead": t(
            "More than 60,000 people visited, many of them families and students "
            "who rarely go to museums.",
            "Музеи посетили более 60 тысяч человек, многие из них — семьи и "
            "студенты, которые редко туда ходят.",
            "Թանգարաններն այցելել է ավելի քան 60 հազար մարդ, որոնցից շատերը "
            "ընտանիքներ և ուսանողներ են, որոնք հազվադեպ են այնտեղ գնում։",
        ),
        "paragraphs": [
            t(
                "Entry was free, and many museums prepared special programmes: "
                "concerts in galleries, tours by torchlight and workshops for "
                "children. Queues formed outside the history museum well before "
                "dark.",
                "Вход был бесплатным, и многие музеи подготовили специальные "
                "программы: концерты в залах, экскурсии при свете фонарей и "
                "мастер-классы для детей. У исторического музея очередь "
                "выстроилась задолго до темноты.",
                "Մուտքն անվճար էր, և շատ թանգարաններ հատուկ ծրագրեր էին պատրաստել՝ "
                "համերգներ սրահներում, էքսկուրսիաներ լապտերների լույսի ներքո և "
                "վարպետության դասեր երեխաների համար։ Պատմության թանգարանի մոտ հերթ "
                "էր գոյացել մթնելուց շատ առաջ։",
            ),
            t(
                "Extra metro trains ran until two in the morning. Museum directors "
                "say the event helps them reach people who then come back on "
                "ordinary days.",
                "Дополнительные поезда метро ходили до двух часов ночи. Директора "
                "музеев говорят, что акция помогает привлечь людей, которые потом "
                "возвращаются и в обычные дни.",
                "Մետրոյի լրացուցիչ գնացքները երթևեկում էին մինչև գիշերվա ժամը "
                "երկուսը։ Թանգարանների տնօրեններն ասում են, որ միջոցառումն օգնում "
                "է ներգրավել մարդկանց, որոնք հետո վերադառնում են նաև սովորական "
                "օրերին։",
            ),
        ],
        "tags": [23],
    },
    {
        "headline": t(
            "Manuscript institute puts 3,000 medieval manuscripts online",
            "Институт рукописей выложил в сеть 3000 средневековых рукописей",
            "Ձեռագրերի ինստիտուտը համացանցում է տեղադրել 3000 միջնադարյան ձեռագիր",
        ),
        "lead": t(
            "Scholars anywhere can now read works on medicine, astronomy and "
            "poetry that were previously available only in the reading room.",
            "Теперь исследователи в любой точке мира могут читать труды по "
            "медицине, астрономии и поэзии, прежде доступные только в читальном "
            "зале.",
            "Այժմ աշխարհի ցանկացած կետում հետազոտողները կարող են կարդալ "
            "բժշկության, աստղագիտության և պոեզիայի վերաբերյալ աշխատություններ, "
            "որոնք նախկինում հասանելի էին միայն ընթերցասրահում։",
        ),
        "paragraphs": [
            t(
                "Each page has been photographed in high resolution, so readers "
                "can zoom in on marginal notes and illuminations. The catalogue "
                "can be searched in three languages.",
                "Каждая страница сфотографирована в высоком разрешении, так что "
                "можно рассмотреть пометки на полях и миниатюры. Каталог доступен "
                "для поиска на трёх языках.",
                "Յուրաքանչյուր էջ լուսանկարվել է բարձր լուծաչափով, ուստի կարելի է "
                "խոշորացնել լուսանցքային նշումները և մանրանկարները։ Կատալոգում "
                "կարելի է որոնել երեք լեզվով։",
            ),
            t(
                "The originals, some of them more than 700 years old, will now be "
                "handled less often, which helps to preserve them. The institute "
                "plans to add another 2,000 manuscripts within two years.",
                "Оригиналы, некоторым из которых более 700 лет, теперь будут реже "
                "брать в руки, что поможет их сохранить. В течение двух лет "
                "институт планирует добавить ещё 2000 рукописей.",
                "Բնօրինակներին, որոնցից մի քանիսը ավելի քան 700 տարեկան են, այժմ "
                "ավելի հազվադեպ ձեռք կտան, ինչը կօգնի դրանք պահպանել։ Ինստիտուտը "
                "նախատեսում է երկու տարվա ընթացքում ավելացնել ևս 2000 ձեռագիր։",
            ),
        ],
        "tags": [23, 21],
    },
    {
        "headline": t(
            "Young pianists' competition names its winners",
            "Подведены итоги конкурса юных пианистов",
            "Ամփոփվել են պատանի դաշնակահարների մրցույթի արդյունքները",
        ),
        "lead": t(
            "A 14-year-old from Ganja won the junior category with a programme of "
            "Chopin and a piece by a national composer.",
            "В младшей категории победила 14-летняя пианистка из Гянджи, "
            "исполнившая Шопена и пьесу национального композитора.",
            "Կրտսեր անվանակարգում հաղթել է Գյանջայից 14-ամյա դաշնակահարուհին, որը "
            "կատարել է Շոպեն և ազգային կոմպոզիտորի պիես։",
        ),
        "paragraphs": [
            t(
                "Seventy pianists aged 10 to 18 from nine countries took part. The "
                "jury, made up of teachers from several conservatoires, also gave "
                "a special prize for the best performance of a contemporary work.",
                "В конкурсе участвовали семьдесят пианистов в возрасте от 10 до 18 "
                "лет из девяти стран. Жюри из преподавателей нескольких "
                "консерваторий также вручило специальный приз за лучшее исполнение "
                "современного произведения.",
                "Մրցույթին մասնակցել է ինը երկրից 10-ից 18 տարեկան յոթանասուն "
                "դաշնակահար։ Մի քանի կոնսերվատորիաների դասախոսներից կազմված "
                "ժյուրին հատուկ մրցանակ է շնորհել նաև ժամանակակից ստեղծագործության "
                "լավագույն կատարման համար։",
            ),
            t(
                "Winners will perform with the chamber orchestra in the spring and "
                "receive master classes abroad. Many participants stayed with "
                "local families during the competition.",
                "Победители весной выступят с камерным оркестром и поедут на "
                "мастер-классы за рубеж. Во время конкурса многие участники жили в "
                "местных семьях.",
                "Հաղթողները գարնանը հանդես կգան կամերային նվագախմբի հետ և կմեկնեն "
                "արտասահման՝ վարպետության դասերի։ Մրցույթի ընթացքում մասնակիցներից "
                "շատերն ապրել են տեղի ընտանիքներում։",
            ),
        ],
        "tags": [13, 5],
    },
    {
        "headline": t(
            "Exhibition revisits the modernist architecture of the 1960s and 70s",
            "Выставка посвящена модернистской архитектуре 1960–70-х годов",
            "Ցուցահանդեսը անդրադառնում է 1960-70-ական թվականների մոդեռնիստական "
            "ճարտարապետությանը",
        ),
        "lead": t(
            "Drawings, models and photographs tell the story of cinemas, bus "
            "stations and apartment blocks built in the period.",
            "Чертежи, макеты и фотографии рассказывают о кинотеатрах, автовокзалах "
            "и жилых домах, построенных в те годы.",
            "Գծագրերը, մակետները և լուսանկարները պատմում են այդ տարիներին "
            "կառուցված կինոթատրոնների, ավտոկայանների և բնակելի շենքերի մասին։",
        ),
        "paragraphs": [
            t(
                "Several of the buildings shown have since been demolished, and "
                "others are waiting for restoration. The curators hope the "
                "exhibition will start a public discussion about which of them to "
                "protect.",
                "Некоторые из показанных зданий с тех пор снесены, другие ждут "
                "реставрации. Кураторы надеются, что выставка положит начало "
                "общественной дискуссии о том, какие из них нужно сохранить.",
                "Ցուցադրված շենքերից մի քանիսը այդ ժամանակից ի վեր քանդվել են, "
                "մյուսները սպասում են վերականգնման։ Համադրողները հույս ունեն, որ "
                "ցուցահանդեսը կսկսի հանրային քննարկում այն մասին, թե դրանցից որոնք "
                "պետք է պահպանվեն։",
            ),
            t(
                "Architecture students have made new models of lost buildings, and "
                "older visitors have been invited to share memories of them. "
                "Guided walks to surviving buildings take place on Saturdays.",
                "Студенты-архитекторы сделали новые макеты утраченных зданий, а "
                "посетителей постарше пригласили поделиться воспоминаниями о них. "
                "По субботам проходят экскурсии к сохранившимся постройкам.",
                "Ճարտարապետության ուսանողները պատրաստել են կորսված շենքերի նոր "
                "մակետներ, իսկ ավագ այցելուներին հրավիրել են կիսվել դրանց մասին "
                "հուշերով։ Շաբաթ օրերին էքսկուրսիաներ են անցկացվում դեպի պահպանված "
                "շինություններ։",
            ),
        ],
        "tags": [19, 23],
    },
    {
        "headline": t(
            "New play follows a family waiting for a son who works abroad",
            "Новая пьеса рассказывает о семье, которая ждёт сына, работающего за "
            "границей",
            "Նոր պիեսը պատմում է արտասահմանում աշխատող որդուն սպասող ընտանիքի մասին",
        ),
        "lead": t(
            "The young playwright drew on interviews with families in her home "
            "village, where many men leave for seasonal work.",
            "Молодой драматург опиралась на интервью с семьями из родного села, "
            "откуда многие мужчины уезжают на сезонные заработки.",
            "Երիտասարդ դրամատուրգը հիմնվել է հայրենի գյուղի ընտանիքների հետ "
            "հարցազրույցների վրա, որտեղից շատ տղամարդիկ մեկնում են սեզոնային "
            "աշխատանքի։",
        ),
        "paragraphs": [
            t(
                "The action takes place over one evening, as the family prepares a "
                "video call that keeps being postponed. The small cast of four "
                "performs in a studio space with the audience seated around the "
                "stage.",
                "Действие разворачивается за один вечер: семья готовится к "
                "видеозвонку, который всё время откладывается. Четыре актёра "
                "играют в небольшом зале, где зрители сидят вокруг сцены.",
                "Գործողությունը ծավալվում է մեկ երեկոյի ընթացքում, երբ ընտանիքը "
                "պատրաստվում է տեսազանգի, որն անընդհատ հետաձգվում է։ Չորս դերասան "
                "խաղում են փոքր դահլիճում, որտեղ հանդիսատեսը նստած է բեմի շուրջը։",
            ),
            t(
                "After the premiere, several spectators stayed to talk with the "
                "actors about their own relatives abroad. The theatre plans to "
                "take the play to regional towns in the spring.",
                "После премьеры многие зрители остались, чтобы поговорить с "
                "актёрами о своих родственниках за границей. Весной театр "
                "планирует показать спектакль в городах регионов.",
                "Պրեմիերայից հետո շատ հանդիսատեսներ մնացել են դերասանների հետ "
                "զրուցելու արտասահմանում գտնվող իրենց հարազատների մասին։ Գարնանը "
                "թատրոնը նախատեսում է ներկայացումը ցուցադրել մարզային քաղաքներում։",
            ),
        ],
        "tags": [12, 22],
    },
    {
        "headline": t(
            "Folk dance ensemble celebrates its sixtieth anniversary on stage",
            "Ансамбль народного танца отметил шестидесятилетие на сцене",
            "Ժողովրդական պարի համույթը վաթսունամյակը նշել է բեմում",
        ),
        "lead": t(
            "Dancers of several generations, including members of the first "
            "company, performed together at the anniversary concert.",
            "На юбилейном концерте вместе выступили танцоры нескольких поколений, "
            "в том числе участники первого состава.",
            "Հոբելյանական համերգին միասին հանդես են եկել մի քանի սերնդի պարողներ, "
            "այդ թվում՝ առաջին կազմի անդամներ։",
        ),
        "paragraphs": [
            t(
                "The ensemble has toured more than fifty countries and keeps an "
                "archive of costumes going back to the 1960s. Several of the "
                "dances shown were reconstructed from old films.",
                "Ансамбль гастролировал более чем в пятидесяти странах и хранит "
                "архив костюмов с 1960-х годов. Некоторые из показанных танцев "
                "восстановлены по старым кинозаписям.",
                "Համույթը հյուրախաղերով եղել է ավելի քան հիսուն երկրում և "
                "պահպանում է զգեստների արխիվ՝ սկսած 1960-ական թվականներից։ "
                "Ցուցադրված պարերից մի քանիսը վերականգնվել են հին "
                "կինոգրառումներով։",
            ),
            t(
                "The ensemble runs a children's studio with about 300 pupils. A "
                "book and a documentary about its history will be released later "
                "this year.",
                "При ансамбле работает детская студия, где занимаются около 300 "
                "учеников. Позже в этом году выйдут книга и документальный фильм о "
                "его истории.",
                "Համույթին կից գործում է մանկական ստուդիա, որտեղ սովորում է շուրջ "
                "300 աշակերտ։ Այս տարի ավելի ուշ լույս կտեսնեն նրա պատմության "
                "մասին գիրք և վավերագրական ֆիլմ։",
            ),
        ],
        "tags": [13],
    },
    {
        "headline": t(
            "First comics festival fills a university campus",
            "Первый фестиваль комиксов собрал посетителей в университетском кампусе",
            "Կոմիքսների առաջին փառատոնը այցելուներով լցրել է համալսարանական կամպուսը",
        ),
        "lead": t(
            "Artists, publishers and thousands of fans, many in costume, spent the "
            "weekend at talks, workshops and a market.",
            "Художники, издатели и тысячи поклонников, многие в костюмах, провели "
            "выходные на лекциях, мастер-классах и ярмарке.",
            "Նկարիչները, հրատարակիչները և հազարավոր երկրպագուներ, որոնցից շատերը "
            "զգեստավորված էին, հանգստյան օրերն անցկացրել են դասախոսությունների, "
            "վարպետության դասերի և տոնավաճառի մեջ։",
        ),
        "paragraphs": [
            t(
                "Local artists presented comics about city life, folk tales and "
                "science fiction. A competition for school students drew more than "
                "400 entries.",
                "Местные художники представили комиксы о городской жизни, народных "
                "сказках и научной фантастике. На конкурс для школьников прислали "
                "более 400 работ.",
                "Տեղի նկարիչները ներկայացրել են կոմիքսներ քաղաքային կյանքի, "
                "ժողովրդական հեքիաթների և գիտաֆանտաստիկայի մասին։ Դպրոցականների "
                "մրցույթին ուղարկվել է ավելի քան 400 աշխատանք։",
            ),
            t(
                "Organisers say there is a growing audience but few publishers "
                "willing to print comics. They plan an online platform where new "
                "artists can publish their work.",
                "Организаторы говорят, что аудитория растёт, но издателей, готовых "
                "печатать комиксы, мало. Они планируют онлайн-платформу, где "
                "начинающие художники смогут публиковать свои работы.",
                "Կազմակերպիչներն ասում են, որ լսարանն աճում է, սակայն կոմիքսներ "
                "տպագրելու պատրաստ հրատարակիչները քիչ են։ Նրանք նախատեսում են "
                "առցանց հարթակ, որտեղ սկսնակ նկարիչները կկարողանան հրապարակել "
                "իրենց աշխատանքները։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Miniature painters revive an old art in a new gallery",
            "Мастера миниатюры возрождают старинное искусство в новой галерее",
            "Մանրանկարիչները նոր պատկերասրահում վերակենդանացնում են հին արվեստը",
        ),
        "lead": t(
            "The gallery shows works by ten young artists who studied the "
            "techniques of medieval book painting.",
            "В галерее представлены работы десяти молодых художников, изучивших "
            "технику средневековой книжной живописи.",
            "Պատկերասրահում ներկայացված են միջնադարյան գրքային նկարչության "
            "տեխնիկան ուսումնասիրած տասը երիտասարդ նկարիչների աշխատանքները։",
        ),
        "paragraphs": [
            t(
                "The artists grind their own pigments and use brushes of a few "
                "hairs to paint scenes from poems and modern city life. Some of "
                "the miniatures took months to complete.",
                "Художники сами растирают пигменты и пишут кистями в несколько "
                "волосков сцены из поэм и современной городской жизни. На "
                "некоторые миниатюры ушли месяцы.",
                "Նկարիչներն իրենք են մանրացնում գունանյութերը և մի քանի մազից "
                "բաղկացած վրձիններով նկարում տեսարաններ պոեմներից և ժամանակակից "
                "քաղաքային կյանքից։ Որոշ մանրանկարների վրա ամիսներ են ծախսվել։",
            ),
            t(
                "The gallery also holds weekend classes, which are already booked "
                "for the next three months. The exhibition will travel to two "
                "European cities next year.",
                "В галерее проходят и занятия по выходным — на ближайшие три "
                "месяца все места уже заняты. В следующем году выставка отправится "
                "в два европейских города.",
                "Պատկերասրահում անցկացվում են նաև հանգստյան օրերի պարապմունքներ, "
                "որոնց բոլոր տեղերն առաջիկա երեք ամսվա համար արդեն զբաղված են։ "
                "Հաջորդ տարի ցուցահանդեսը կմեկնի եվրոպական երկու քաղաք։",
            ),
        ],
        "tags": [23],
    },
    {
        "headline": t(
            "Documentary about Caspian fishermen premieres to a full house",
            "Премьера документального фильма о каспийских рыбаках прошла с аншлагом",
            "Կասպյան ձկնորսների մասին վավերագրական ֆիլմի պրեմիերան անցել է "
            "լեփ-լեցուն դահլիճում",
        ),
        "lead": t(
            "The director spent a year with a fishing crew, from winter storms to "
            "the summer ban on catching sturgeon.",
            "Режиссёр провела год с рыболовецкой бригадой — от зимних штормов до "
            "летнего запрета на лов осетровых.",
            "Ռեժիսորը մեկ տարի անցկացրել է ձկնորսական բրիգադի հետ՝ ձմեռային "
            "փոթորիկներից մինչև թառափազգիների որսի ամառային արգելքը։",
        ),
        "paragraphs": [
            t(
                "The film shows how the crew adapts as catches shrink and the "
                "coastline moves. Several of the fishermen came to the premiere "
                "and answered questions from the audience.",
                "Фильм показывает, как бригада приспосабливается к сокращению "
                "уловов и отступлению берега. Несколько рыбаков пришли на премьеру "
                "и ответили на вопросы зрителей.",
                "Ֆիլմը ցույց է տալիս, թե ինչպես է բրիգադը հարմարվում որսի "
                "կրճատմանը և ափի նահանջին։ Մի քանի ձկնորս եկել էին պրեմիերային և "
                "պատասխանել հանդիսատեսի հարցերին։",
            ),
            t(
                "The documentary will be shown on national television and at "
                "several festivals abroad. The director plans a follow-up about "
                "the women who process and sell the catch.",
                "Фильм покажут по национальному телевидению и на нескольких "
                "зарубежных фестивалях. Режиссёр планирует продолжение — о "
                "женщинах, которые перерабатывают и продают улов.",
                "Ֆիլմը կցուցադրվի ազգային հեռուստատեսությամբ և արտասահմանյան մի "
                "քանի փառատոներում։ Ռեժիսորը նախատեսում է շարունակություն՝ որսը "
                "վերամշակող և վաճառող կանանց մասին։",
            ),
        ],
        "tags": [14, 9],
    },
    {
        "headline": t(
            "Literature museum reopens after three years of renovation",
            "Музей литературы вновь открылся после трёхлетней реконструкции",
            "Գրականության թանգարանը վերաբացվել է եռամյա վերանորոգումից հետո",
        ),
        "lead": t(
            "New halls tell the story of national literature through manuscripts, "
            "first editions and recordings of writers reading their work.",
            "Новые залы рассказывают историю национальной литературы через "
            "рукописи, первые издания и записи, где писатели читают свои "
            "произведения.",
            "Նոր սրահները պատմում են ազգային գրականության պատմությունը ձեռագրերի, "
            "առաջին հրատարակությունների և ձայնագրությունների միջոցով, որոնցում "
            "գրողներն ընթերցում են իրենց ստեղծագործությունները։",
        ),
        "paragraphs": [
            t(
                "The building's painted ceilings and carved doors were restored, "
                "and a lift was installed for visitors with limited mobility. A "
                "children's room invites young visitors to write and illustrate "
                "their own stories.",
                "В здании отреставрированы расписные потолки и резные двери, а для "
                "маломобильных посетителей установлен лифт. В детской комнате юным "
                "гостям предлагают сочинить и проиллюстрировать собственные "
                "истории.",
                "Շենքում վերականգնվել են նկարազարդ առաստաղները և փորագրված դռները, "
                "իսկ սահմանափակ շարժունակություն ունեցող այցելուների համար "
                "տեղադրվել է վերելակ։ Մանկական սենյակում փոքրիկ այցելուներին "
                "առաջարկում են հորինել և նկարազարդել սեփական պատմությունները։",
            ),
            t(
                "Entry will be free for the first month. The museum also plans "
                "evening readings by contemporary authors once a month.",
                "В первый месяц вход будет бесплатным. Музей также планирует раз в "
                "месяц проводить вечерние чтения современных авторов.",
                "Առաջին ամսում մուտքն անվճար կլինի։ Թանգարանը նախատեսում է նաև "
                "ամիսը մեկ երեկոյան ընթերցումներ անցկացնել ժամանակակից հեղինակների "
                "մասնակցությամբ։",
            ),
        ],
        "tags": [23],
    },
    {
        "headline": t(
            "Music school in Lankaran receives new instruments from a foundation",
            "Музыкальная школа в Ленкорани получила новые инструменты от фонда",
            "Լենքորանի երաժշտական դպրոցը հիմնադրամից նոր գործիքներ է ստացել",
        ),
        "lead": t(
            "Two pianos, a set of string instruments and traditional tars and "
            "kamanchas will replace instruments that were decades old.",
            "Два фортепиано, набор струнных и традиционные тары и кяманчи заменят "
            "инструменты, которым было несколько десятков лет.",
            "Երկու դաշնամուր, լարային գործիքների հավաքածու և ավանդական թառեր ու "
            "քամանչաներ կփոխարինեն տասնամյակների պատմություն ունեցող գործիքներին։",
        ),
        "paragraphs": [
            t(
                "The school teaches about 350 children, and many of them had to "
                "practise at home on borrowed instruments. Teachers say the new "
                "pianos will let them prepare pupils for national competitions.",
                "В школе учатся около 350 детей, и многим приходилось заниматься "
                "дома на одолженных инструментах. Педагоги говорят, что новые "
                "фортепиано позволят готовить учеников к национальным конкурсам.",
                "Դպրոցում սովորում է մոտ 350 երեխա, և նրանցից շատերը ստիպված էին "
                "տանը պարապել փոխառված գործիքներով։ Մանկավարժներն ասում են, որ նոր "
                "դաշնամուրները թույլ կտան աշակերտներին պատրաստել ազգային "
                "մրցույթների։",
            ),
            t(
                "Pupils thanked the donors with a concert in the school's small "
                "hall. The foundation plans to help three more music schools in "
                "the south next year.",
                "Ученики поблагодарили дарителей концертом в малом зале школы. В "
                "следующем году фонд планирует помочь ещё трём музыкальным школам "
                "на юге.",
                "Աշակերտները նվիրատուներին շնորհակալություն են հայտնել դպրոցի փոքր "
                "դահլիճում կայացած համերգով։ Հաջորդ տարի հիմնադրամը նախատեսում է "
                "օգնել հարավի ևս երեք երաժշտական դպրոցի։",
            ),
        ],
        "tags": [13, 5],
    },
]
