"""Region: the section's stories, long reads first."""

from typing import Any

from .text import t

STORIES: list[dict[str, Any]] = [
    {
        "headline": t(
            "New regional passenger train to connect {city} with neighbouring capitals",
            "Новый региональный пассажирский поезд свяжет {city_acc} с соседними "
            "столицами",
            "Նոր տարածաշրջանային ուղևորատար գնացքը {city_def} կկապի հարևան "
            "մայրաքաղաքների հետ",
        ),
        "lead": t(
            "Travel time will be cut by 40 minutes thanks to upgraded track and "
            "faster border checks.",
            "Время в пути сократится на 40 минут благодаря модернизации путей и "
            "ускорению пограничного контроля.",
            "Ճանապարհի տևողությունը կկրճատվի 40 րոպեով՝ շնորհիվ արդիականացված "
            "գծերի և սահմանային ստուգումների արագացման։",
        ),
        "paragraphs": [
            t(
                "The train will run three times a week, with modern carriages "
                "offering reclining seats, sleeping compartments and a café. "
                "Tickets will go on sale online a month before the first "
                "departure.",
                "Поезд будет курсировать три раза в неделю; в современных вагонах "
                "предусмотрены раскладывающиеся кресла, спальные купе и кафе. "
                "Билеты поступят в онлайн-продажу за месяц до первого рейса.",
                "Գնացքը կերթևեկի շաբաթական երեք անգամ, իսկ ժամանակակից վագոններում "
                "նախատեսված են ծալովի բազկաթոռներ, ննջակուպեներ և սրճարան։ Տոմսերի "
                "առցանց վաճառքը կմեկնարկի առաջին չվերթից մեկ ամիս առաջ։",
            ),
            t(
                "Border and customs checks will be carried out on board while the "
                "train is moving, a practice that has already shortened journeys "
                "on freight routes. Passengers will no longer need to leave the "
                "carriage with their luggage.",
                "Пограничный и таможенный контроль будет проводиться прямо в "
                "поезде во время движения — такая практика уже сократила время в "
                "пути на грузовых маршрутах. Пассажирам больше не придётся "
                "выходить из вагона с багажом.",
                "Սահմանային և մաքսային ստուգումները կիրականացվեն անմիջապես "
                "գնացքում՝ երթևեկության ընթացքում, և այդ պրակտիկան արդեն կրճատել է "
                "ճանապարհի տևողությունը բեռնափոխադրման երթուղիներում։ Ուղևորներն "
                "այլևս ստիպված չեն լինի ուղեբեռով դուրս գալ վագոնից։",
            ),
            t(
                "Tour operators in {city} expect the route to boost weekend "
                "tourism and family visits. Students studying in neighbouring "
                "countries are also likely to be frequent passengers.",
                "Туроператоры в {city_loc} ожидают, что маршрут оживит туризм "
                "выходного дня и семейные поездки. Частыми пассажирами, вероятно, "
                "станут и студенты, обучающиеся в соседних странах.",
                "{city_gen} տուրօպերատորներն ակնկալում են, որ երթուղին կաշխուժացնի "
                "հանգստյան օրերի զբոսաշրջությունը և ընտանեկան այցելությունները։ "
                "Հաճախակի ուղևորներ, հավանաբար, կդառնան նաև հարևան երկրներում "
                "սովորող ուսանողները։",
            ),
            t(
                "The railway administrations of the countries involved have been "
                "modernising track and signalling for several years. Some sections "
                "still have speed limits, but engineers say these will be lifted "
                "once the final repairs are complete.",
                "Железнодорожные администрации стран-участниц уже несколько лет "
                "модернизируют пути и сигнализацию. На некоторых участках пока "
                "сохраняются ограничения скорости, но, по словам инженеров, их "
                "снимут после завершения ремонта.",
                "Մասնակից երկրների երկաթուղային վարչակազմերն արդեն մի քանի տարի "
                "արդիականացնում են գծերը և ազդանշանային համակարգերը։ Որոշ "
                "հատվածներում դեռևս պահպանվում են արագության սահմանափակումները, "
                "սակայն ինժեներների խոսքով՝ դրանք կվերացվեն վերանորոգման ավարտից "
                "հետո։",
            ),
            t(
                "If demand is high, a daily service could be introduced from "
                "{year}. Freight operators will also benefit from the upgraded "
                "infrastructure.",
                "При высоком спросе с {year} года поезд может стать ежедневным. "
                "Модернизированная инфраструктура пойдёт на пользу и грузовым "
                "перевозчикам.",
                "Բարձր պահանջարկի դեպքում {year} թվականից գնացքը կարող է դառնալ "
                "ամենօրյա։ Արդիականացված ենթակառուցվածքներից կշահեն նաև "
                "բեռնափոխադրողները։",
            ),
        ],
        "subheading": t(
            "Border checks on the move",
            "Контроль на ходу",
            "Ստուգումներ՝ ընթացքի մեջ",
        ),
        "quote": {
            "text": t(
                "A comfortable train is the simplest bridge between the people of "
                "neighbouring countries.",
                "Удобный поезд — самый простой мост между людьми соседних стран.",
                "Հարմարավետ գնացքը հարևան երկրների մարդկանց միջև ամենապարզ կամուրջն է։",
            ),
            "attribution": t(
                "Zaur Karimli, deputy head of the national railway company",
                "Заур Керимли, заместитель главы национальной железнодорожной компании",
                "Զաուր Քերիմլի, ազգային երկաթուղային ընկերության ղեկավարի տեղակալ",
            ),
        },
        "facts_title": t(
            "Route details",
            "О маршруте",
            "Երթուղու մասին",
        ),
        "facts": [
            t(
                "Time saved: 40 minutes",
                "Экономия времени: 40 мин.",
                "Խնայված ժամանակը՝ 40 րոպե",
            ),
            t(
                "Frequency: three times a week",
                "Рейсы: три раза в неделю",
                "Չվերթներ՝ շաբաթական երեք անգամ",
            ),
            t(
                "Possible daily service from {year}",
                "Ежедневные рейсы возможны с {year} года",
                "Ամենօրյա չվերթներ՝ հնարավոր է {year} թվականից",
            ),
        ],
        "tags": [1, 7, 11],
        "source": t(
            "National railway company",
            "Национальная железнодорожная компания",
            "Ազգային երկաթուղային ընկերություն",
        ),
    },
    {
        "headline": t(
            "Scientists begin a joint expedition to study the Caspian coastline",
            "Учёные начали совместную экспедицию по изучению побережья Каспия",
            "Գիտնականները սկսել են Կասպից ծովի ափամերձ գոտու ուսումնասիրության "
            "համատեղ արշավ",
        ),
        "lead": t(
            "Over the coming weeks, researchers will collect water and sediment "
            "samples at 35 points along the shore.",
            "В ближайшие недели исследователи отберут пробы воды и донных "
            "отложений в 35 точках вдоль берега.",
            "Առաջիկա շաբաթներին հետազոտողները ջրի և նստվածքների նմուշներ կվերցնեն "
            "ափի երկայնքով 35 կետում։",
        ),
        "paragraphs": [
            t(
                "The expedition brings together marine biologists, geographers and "
                "chemists from several coastal countries. Their main goal is to "
                "understand how falling water levels are changing coastal "
                "habitats.",
                "В экспедиции участвуют морские биологи, географы и химики из "
                "нескольких прибрежных стран. Главная цель — понять, как снижение "
                "уровня воды меняет прибрежные экосистемы.",
                "Արշավին մասնակցում են ծովային կենսաբաններ, աշխարհագրագետներ և "
                "քիմիկոսներ մի քանի առափնյա երկրներից։ Հիմնական նպատակն է "
                "հասկանալ, թե ինչպես է ջրի մակարդակի իջեցումը փոխում ափամերձ "
                "էկոհամակարգերը։",
            ),
            t(
                "Researchers will pay special attention to shallow bays, which "
                "serve as spawning grounds for fish and resting places for "
                "migratory birds. Drones will be used to map areas that are hard "
                "to reach by boat.",
                "Особое внимание уделят мелководным заливам, которые служат "
                "местами нереста рыбы и остановки перелётных птиц. Для "
                "картографирования труднодоступных для лодок участков будут "
                "использоваться дроны.",
                "Հատուկ ուշադրություն կդարձվի ծանծաղ ծոցերին, որոնք ձկների "
                "ձվադրման և չվող թռչունների հանգստի վայրեր են։ Նավակով "
                "դժվարամատչելի տարածքները քարտեզագրելու համար կօգտագործվեն "
                "անօդաչու թռչող սարքեր։",
            ),
            t(
                "Samples will be analysed in laboratories in {city} and at partner "
                "universities. The results will be published in an open database "
                "so that local authorities can use them in planning.",
                "Пробы будут проанализированы в лабораториях {city_gen} и в "
                "университетах-партнёрах. Результаты разместят в открытой базе "
                "данных, чтобы местные власти могли использовать их при "
                "планировании.",
                "Նմուշները կվերլուծվեն {city_gen} լաբորատորիաներում և գործընկեր "
                "համալսարաններում։ Արդյունքները կտեղադրվեն բաց տվյալների բազայում, "
                "որպեսզի տեղական իշխանությունները կարողանան օգտագործել դրանք "
                "պլանավորման ժամանակ։",
            ),
            t(
                "Fishermen in coastal villages have been invited to share their "
                "observations about changes in catches and seasons. Scientists say "
                "such local knowledge often reveals trends long before they show "
                "up in official statistics.",
                "Рыбаков из прибрежных сёл пригласили поделиться наблюдениями об "
                "изменениях уловов и сезонов. Учёные отмечают, что такие знания "
                "местных жителей часто выявляют тенденции задолго до того, как они "
                "отражаются в официальной статистике.",
                "Առափնյա գյուղերի ձկնորսներին հրավիրել են կիսվելու որսի և "
                "սեզոնների փոփոխությունների վերաբերյալ իրենց դիտարկումներով։ "
                "Գիտնականները նշում են, որ տեղացիների նման գիտելիքը հաճախ "
                "բացահայտում է միտումները շատ ավելի վաղ, քան դրանք արտացոլվում են "
                "պաշտոնական վիճակագրության մեջ։",
            ),
            t(
                "A preliminary report is expected at the end of the year, with a "
                "full scientific publication in {year}. The participants hope to "
                "turn the expedition into a regular monitoring programme.",
                "Предварительный отчёт ожидается в конце года, а полная научная "
                "публикация — в {year} году. Участники надеются превратить "
                "экспедицию в регулярную программу мониторинга.",
                "Նախնական զեկույցը սպասվում է տարեվերջին, իսկ ամբողջական գիտական "
                "հրապարակումը՝ {year} թվականին։ Մասնակիցները հույս ունեն արշավը "
                "վերածել մշտադիտարկման կանոնավոր ծրագրի։",
            ),
        ],
        "subheading": t(
            "Fishermen as partners",
            "Рыбаки как партнёры",
            "Ձկնորսները՝ որպես գործընկերներ",
        ),
        "quote": {
            "text": t(
                "The sea is changing faster than our maps, and we need to catch up.",
                "Море меняется быстрее, чем наши карты, и нам нужно его догнать.",
                "Ծովը փոխվում է ավելի արագ, քան մեր քարտեզները, և մենք պետք է "
                "հասնենք նրան։",
            ),
            "attribution": t(
                "Sevinj Novruzova, marine biologist and expedition leader",
                "Севиндж Новрузова, морской биолог, руководитель экспедиции",
                "Սևինջ Նովրուզովա, ծովային կենսաբան, արշավախմբի ղեկավար",
            ),
        },
        "facts_title": t(
            "Expedition facts",
            "Об экспедиции",
            "Արշավի մասին",
        ),
        "facts": [
            t(
                "Sampling points: 35",
                "Точек отбора проб: 35",
                "Նմուշառման կետեր՝ 35",
            ),
            t(
                "Tools: boats, drones and laboratory analysis",
                "Инструменты: лодки, дроны, лабораторный анализ",
                "Միջոցներ՝ նավակներ, անօդաչու սարքեր, լաբորատոր վերլուծություն",
            ),
            t(
                "Full publication: {year}",
                "Публикация результатов: {year} год",
                "Արդյունքների հրապարակումը՝ {year} թվական",
            ),
        ],
        "tags": [20, 21, 3],
        "source": t(
            "Institute of Geography press office",
            "Пресс-служба Института географии",
            "Աշխարհագրության ինստիտուտի մամուլի ծառայություն",
        ),
    },
    {
        "headline": t(
            "{city} hosts a regional fair of farm products and crafts",
            "В {city_loc} открылась региональная ярмарка фермерской продукции и ремёсел",
            "{city_loc} բացվել է ֆերմերային արտադրանքի և արհեստների "
            "տարածաշրջանային տոնավաճառ",
        ),
        "lead": t(
            "Producers from across the South Caucasus and Central Asia have set up "
            "180 stands, offering everything from cheese and honey to carpets and "
            "ceramics.",
            "Производители со всего Южного Кавказа и Центральной Азии представили "
            "на 180 стендах всё — от сыра и мёда до ковров и керамики.",
            "Հարավային Կովկասի և Կենտրոնական Ասիայի արտադրողները տեղադրել են 180 "
            "տաղավար, որտեղ առաջարկվում են պանիր և մեղր, գորգեր և խեցեղեն։",
        ),
        "paragraphs": [
            t(
                "The fair is taking place in the central exhibition hall and on "
                "the square outside. Visitors can taste products, watch craftsmen "
                "at work and attend short talks on organic farming.",
                "Ярмарка проходит в центральном выставочном зале и на площади "
                "перед ним. Посетители могут продегустировать продукцию, "
                "понаблюдать за работой мастеров и послушать короткие лекции об "
                "органическом земледелии.",
                "Տոնավաճառն անցկացվում է կենտրոնական ցուցասրահում և նրա դիմացի "
                "հրապարակում։ Այցելուները կարող են համտեսել արտադրանքը, հետևել "
                "վարպետների աշխատանքին և լսել օրգանական երկրագործության մասին կարճ "
                "դասախոսություններ։",
            ),
            t(
                "For many small producers, the fair is the only chance of the year "
                "to meet wholesale buyers and restaurant owners. Several "
                "agreements on regular deliveries were signed on the first day.",
                "Для многих небольших производителей ярмарка — единственная за год "
                "возможность встретиться с оптовыми покупателями и владельцами "
                "ресторанов. Уже в первый день было подписано несколько соглашений "
                "о регулярных поставках.",
                "Շատ փոքր արտադրողների համար տոնավաճառը տարվա միակ "
                "հնարավորությունն է հանդիպելու մեծածախ գնորդների և ռեստորանատերերի "
                "հետ։ Առաջին իսկ օրը ստորագրվել են կանոնավոր մատակարարումների մի "
                "քանի համաձայնագրեր։",
            ),
            t(
                "Craftsmen demonstrated traditional techniques of carpet weaving, "
                "copper engraving and pottery. Organisers in {city} said interest "
                "from young visitors had grown noticeably compared with previous "
                "years.",
                "Мастера продемонстрировали традиционные техники ковроткачества, "
                "чеканки по меди и гончарного дела. Организаторы в {city_loc} "
                "отметили, что интерес молодых посетителей заметно вырос по "
                "сравнению с прошлыми годами.",
                "Վարպետները ցուցադրեցին գորգագործության, պղնձի դրվագման և "
                "բրուտագործության ավանդական տեխնիկաներ։ {city_gen} կազմակերպիչները "
                "նշեցին, որ երիտասարդ այցելուների հետաքրքրությունը նախորդ տարիների "
                "համեմատ զգալիորեն աճել է։",
            ),
            t(
                "Stands were set aside free of charge for women entrepreneurs and "
                "rural cooperatives. Business trainers offered advice on "
                "packaging, labelling and online sales.",
                "Отдельные стенды бесплатно предоставили женщинам-предпринимателям "
                "и сельским кооперативам. Бизнес-тренеры консультировали по "
                "вопросам упаковки, маркировки и онлайн-продаж.",
                "Առանձին տաղավարներ անվճար տրամադրվել են կին ձեռներեցներին և "
                "գյուղական կոոպերատիվներին։ Բիզնես-մարզիչները խորհրդատվություն էին "
                "տրամադրում փաթեթավորման, մակնշման և առցանց վաճառքի հարցերով։",
            ),
            t(
                "The fair runs until Sunday, with a folk music concert planned for "
                "the closing evening. The organisers intend to make it an annual "
                "event and hope to double the number of foreign participants by "
                "{year}.",
                "Ярмарка продлится до воскресенья, а в заключительный вечер "
                "состоится концерт народной музыки. Организаторы намерены сделать "
                "её ежегодной и рассчитывают к {year} году удвоить число "
                "иностранных участников.",
                "Տոնավաճառը կտևի մինչև կիրակի, իսկ փակման երեկոյին նախատեսված է "
                "ժողովրդական երաժշտության համերգ։ Կազմակերպիչները մտադիր են այն "
                "դարձնել ամենամյա միջոցառում և հույս ունեն մինչև {year} թվականը "
                "կրկնապատկել օտարերկրյա մասնակիցների թիվը։",
            ),
        ],
        "subheading": t(
            "Crafts that attract the young",
            "Ремёсла, которые привлекают молодёжь",
            "Արհեստներ, որոնք գրավում են երիտասարդներին",
        ),
        "quote": {
            "text": t(
                "My grandmother sold cheese at the village market; now I send it "
                "to three countries.",
                "Моя бабушка продавала сыр на сельском базаре, а я теперь "
                "отправляю его в три страны.",
                "Տատիկս պանիր էր վաճառում գյուղի շուկայում, իսկ ես այժմ այն "
                "ուղարկում եմ երեք երկիր։",
            ),
            "attribution": t(
                "Gulnar Tagiyeva, cheesemaker from a mountain village",
                "Гюльнар Тагиева, сыровар из горного села",
                "Գյուլնար Թաղիևա, պանրագործ լեռնային գյուղից",
            ),
        },
        "facts_title": t(
            "The fair in numbers",
            "Ярмарка в цифрах",
            "Տոնավաճառը թվերով",
        ),
        "facts": [
            t(
                "Stands: 180",
                "Стендов: 180",
                "Տաղավարներ՝ 180",
            ),
            t(
                "Free space for women entrepreneurs and cooperatives",
                "Бесплатные места для женщин-предпринимателей и кооперативов",
                "Անվճար տարածք կին ձեռներեցների և կոոպերատիվների համար",
            ),
            t(
                "Target: double foreign participation by {year}",
                "Цель: удвоить число иностранных участников к {year} году",
                "Նպատակը՝ մինչև {year} թվականը կրկնապատկել օտարերկրյա մասնակցությունը",
            ),
        ],
        "tags": [10, 9, 7],
        "source": t(
            "Organising committee of the fair",
            "Оргкомитет ярмарки",
            "Տոնավաճառի կազմկոմիտե",
        ),
    },
    {
        "headline": t(
            "Forecasters warn of strong winds and a sharp drop in temperature",
            "Синоптики предупреждают о сильном ветре и резком похолодании",
            "Օդերևութաբանները զգուշացնում են ուժեղ քամու և ջերմաստիճանի կտրուկ "
            "անկման մասին",
        ),
        "lead": t(
            "In {city} and surrounding districts, temperatures will fall by ten to "
            "twelve degrees within a day, and snow is possible in the mountains.",
            "В {city_loc} и соседних районах температура за сутки понизится на "
            "10–12 градусов, в горах возможен снег.",
            "{city_loc} և հարակից շրջաններում ջերմաստիճանը մեկ օրվա ընթացքում "
            "կնվազի 10-12 աստիճանով, իսկ լեռներում հնարավոր է ձյուն։",
        ),
        "paragraphs": [
            t(
                "According to the national hydrometeorological service, a mass of "
                "cold air is moving into the region from the north. Strong "
                "northerly winds will begin on Thursday evening and persist until "
                "at least Saturday.",
                "По данным национальной гидрометеослужбы, в регион с севера "
                "смещается холодная воздушная масса. Сильный северный ветер "
                "начнётся в четверг вечером и продержится как минимум до субботы.",
                "Ազգային հիդրոօդերևութաբանական ծառայության տվյալներով՝ տարածաշրջան "
                "հյուսիսից ներթափանցում է սառը օդային զանգված։ Ուժեղ հյուսիսային "
                "քամին կսկսվի հինգշաբթի երեկոյան և կշարունակվի առնվազն մինչև "
                "շաբաթ։",
            ),
            t(
                "Drivers are advised to avoid mountain passes and to check their "
                "tyres. Road services have prepared snowploughs and stocks of sand "
                "and salt.",
                "Водителям рекомендуют избегать горных перевалов и проверить "
                "состояние шин. Дорожные службы подготовили снегоуборочную технику "
                "и запасы песка и соли.",
                "Վարորդներին խորհուրդ է տրվում խուսափել լեռնանցքներից և ստուգել "
                "անվադողերի վիճակը։ Ճանապարհային ծառայությունները պատրաստել են "
                "ձյուն մաքրող տեխնիկա և ավազի ու աղի պաշարներ։",
            ),
            t(
                "Ferry and small-aircraft schedules may change depending on "
                "conditions, and passengers are asked to follow updates from "
                "carriers. Utility companies have put additional repair crews on "
                "standby.",
                "В зависимости от погодных условий может измениться расписание "
                "паромов и рейсов малой авиации, поэтому пассажиров просят следить "
                "за сообщениями перевозчиков. Коммунальные службы перевели "
                "дополнительные ремонтные бригады в режим готовности.",
                "Կախված եղանակային պայմաններից՝ կարող է փոփոխվել լաստանավերի և "
                "փոքր ավիացիայի չվերթների ժամանակացույցը, ուստի ուղևորներին "
                "խնդրում են հետևել փոխադրողների հաղորդագրություններին։ Կոմունալ "
                "ծառայությունները լրացուցիչ վերանորոգման բրիգադներ են պատրաստ "
                "պահում։",
            ),
            t(
                "Farmers are advised to protect greenhouses and young seedlings, "
                "as night frosts are possible in low-lying areas. Agronomists "
                "recommend covering sensitive plants and postponing planting for a "
                "few days.",
                "Фермерам советуют защитить теплицы и молодую рассаду: в низинах "
                "ночью возможны заморозки. Агрономы рекомендуют укрыть "
                "чувствительные растения и отложить посадки на несколько дней.",
                "Ֆերմերներին խորհուրդ է տրվում պաշտպանել ջերմոցները և երիտասարդ "
                "սածիլները, քանի որ ցածրադիր վայրերում գիշերը հնարավոր են "
                "ցրտահարություններ։ Ագրոնոմները խորհուրդ են տալիս ծածկել զգայուն "
                "բույսերը և մի քանի օրով հետաձգել տնկումը։",
            ),
            t(
                "Forecasters expect temperatures to return to seasonal norms early "
                "next week. Residents can follow hourly updates on the service's "
                "website and mobile app.",
                "По прогнозам синоптиков, в начале следующей недели температура "
                "вернётся к сезонной норме. Жители могут следить за ежечасными "
                "обновлениями на сайте службы и в мобильном приложении.",
                "Օդերևութաբանների կանխատեսմամբ՝ հաջորդ շաբաթվա սկզբին ջերմաստիճանը "
                "կվերադառնա սեզոնային նորմային։ Բնակիչները կարող են հետևել ժամային "
                "թարմացումներին ծառայության կայքում և բջջային հավելվածում։",
            ),
        ],
        "subheading": t(
            "Advice for drivers and farmers",
            "Советы водителям и фермерам",
            "Խորհուրդներ վարորդներին և ֆերմերներին",
        ),
        "quote": {
            "text": t(
                "This is a short but sharp cold snap, so the key thing is to be "
                "ready for a couple of difficult days.",
                "Это короткое, но резкое похолодание, поэтому главное — "
                "подготовиться к паре непростых дней.",
                "Սա կարճատև, բայց կտրուկ ցրտահարություն է, ուստի գլխավորը մի քանի "
                "դժվար օրվա պատրաստ լինելն է։",
            ),
            "attribution": t(
                "Rovshan Abdullayev, duty forecaster at the hydrometeorological service",
                "Ровшан Абдуллаев, дежурный синоптик гидрометеослужбы",
                "Ռովշան Աբդուլլաև, հիդրոօդերևութաբանական ծառայության հերթապահ "
                "օդերևութաբան",
            ),
        },
        "facts_title": t(
            "The forecast",
            "Прогноз",
            "Կանխատեսում",
        ),
        "facts": [
            t(
                "Temperature drop: 10–12 degrees",
                "Понижение температуры: на 10–12 градусов",
                "Ջերմաստիճանի անկումը՝ 10-12 աստիճան",
            ),
            t(
                "Snow possible in the mountains",
                "В горах возможен снег",
                "Լեռներում հնարավոր է ձյուն",
            ),
            t(
                "Back to normal: early next week",
                "Возвращение к норме: начало следующей недели",
                "Նորմային վերադարձ՝ հաջորդ շաբաթվա սկզբին",
            ),
        ],
        "tags": [17, 3, 1],
        "source": t(
            "National Hydrometeorological Service",
            "Национальная гидрометеорологическая служба",
            "Ազգային հիդրոօդերևութաբանական ծառայություն",
        ),
    },
    {
        "headline": t(
            "Universities of the region launch a joint master's programme in logistics",
            "Вузы региона запустили совместную магистерскую программу по логистике",
            "Տարածաշրջանի բուհերը մեկնարկել են լոգիստիկայի համատեղ մագիստրոսական ծրագիր",
        ),
        "lead": t(
            "Students will spend a semester each in {city} and two partner cities, "
            "and the first intake has 30 places.",
            "Студенты проведут по семестру в {city_loc} и двух городах-партнёрах; "
            "в первый набор примут 30 человек.",
            "Ուսանողները մեկական կիսամյակ կանցկացնեն {city_loc} և երկու գործընկեր "
            "քաղաքներում, իսկ առաջին ընդունելության տեղերի թիվը 30 է։",
        ),
        "paragraphs": [
            t(
                "The programme was designed by three universities together with "
                "logistics companies operating along regional transport corridors. "
                "Courses will cover supply chain management, customs law, digital "
                "tracking systems and port operations.",
                "Программа разработана тремя университетами совместно с "
                "логистическими компаниями, работающими на региональных "
                "транспортных коридорах. В курс войдут управление цепочками "
                "поставок, таможенное право, цифровые системы отслеживания и "
                "портовые операции.",
                "Ծրագիրը մշակվել է երեք համալսարանի կողմից՝ տարածաշրջանային "
                "տրանսպորտային միջանցքներում գործող լոգիստիկ ընկերությունների հետ "
                "համատեղ։ Դասընթացները կներառեն մատակարարման շղթաների կառավարում, "
                "մաքսային իրավունք, թվային հետագծման համակարգեր և նավահանգստային "
                "գործառնություններ։",
            ),
            t(
                "Teaching will be in English, with optional courses in local "
                "languages in the host countries. Graduates will receive diplomas "
                "recognised by all three universities.",
                "Обучение будет вестись на английском языке, а в принимающих "
                "странах студенты смогут факультативно изучать местные языки. "
                "Выпускники получат дипломы, признаваемые всеми тремя "
                "университетами.",
                "Ուսուցումը կիրականացվի անգլերենով, իսկ հյուրընկալող երկրներում "
                "ուսանողները կկարողանան կամընտրական կարգով սովորել տեղական "
                "լեզուները։ Շրջանավարտները կստանան բոլոր երեք համալսարանների "
                "կողմից ճանաչվող դիպլոմներ։",
            ),
            t(
                "Companies have promised paid internships in ports, railway "
                "terminals and warehouses. Employers say the industry urgently "
                "needs managers who understand the rules of several countries at "
                "once.",
                "Компании пообещали оплачиваемые стажировки в портах, на "
                "железнодорожных терминалах и складах. Работодатели говорят, что "
                "отрасли срочно нужны менеджеры, разбирающиеся в правилах сразу "
                "нескольких стран.",
                "Ընկերությունները խոստացել են վճարովի պրակտիկաներ "
                "նավահանգիստներում, երկաթուղային տերմինալներում և պահեստներում։ "
                "Գործատուներն ասում են, որ ոլորտին անհապաղ անհրաժեշտ են "
                "մենեջերներ, որոնք միաժամանակ մի քանի երկրների կանոններին են "
                "տիրապետում։",
            ),
            t(
                "Scholarships covering tuition and accommodation will be available "
                "to the strongest applicants. Selection will be based on academic "
                "results, an interview and a short written essay.",
                "Лучшие абитуриенты смогут получить стипендии, покрывающие "
                "обучение и проживание. Отбор будет проводиться по академическим "
                "результатам, собеседованию и небольшому эссе.",
                "Լավագույն դիմորդները կկարողանան ստանալ ուսման և կացության ծախսերը "
                "հոգացող կրթաթոշակներ։ Ընտրությունը կկատարվի ակադեմիական "
                "արդյունքների, հարցազրույցի և կարճ շարադրության հիման վրա։",
            ),
            t(
                "Applications are open until the end of spring, and classes will "
                "begin in the autumn of {year}. If the programme succeeds, the "
                "universities plan similar joint degrees in energy and tourism.",
                "Приём заявок продлится до конца весны, а занятия начнутся осенью "
                "{year} года. В случае успеха вузы планируют запустить аналогичные "
                "совместные программы в сферах энергетики и туризма.",
                "Դիմումների ընդունումը կտևի մինչև գարնան վերջ, իսկ դասերը կսկսվեն "
                "{year} թվականի աշնանը։ Հաջողության դեպքում բուհերը նախատեսում են "
                "նմանատիպ համատեղ ծրագրեր գործարկել էներգետիկայի և զբոսաշրջության "
                "ոլորտներում։",
            ),
        ],
        "subheading": t(
            "Internships in ports and terminals",
            "Стажировки в портах и на терминалах",
            "Պրակտիկա նավահանգիստներում և տերմինալներում",
        ),
        "quote": {
            "text": t(
                "Goods already cross our borders every day; now our students will "
                "learn to do the same.",
                "Грузы и так ежедневно пересекают наши границы, теперь то же самое "
                "научатся делать наши студенты.",
                "Բեռներն արդեն ամեն օր հատում են մեր սահմանները, իսկ հիմա նույնը "
                "կսովորեն անել մեր ուսանողները։",
            ),
            "attribution": t(
                "Nino Beridze, professor and programme coordinator",
                "Нино Беридзе, профессор, координатор программы",
                "Նինո Բերիձե, պրոֆեսոր, ծրագրի համակարգող",
            ),
        },
        "facts_title": t(
            "The programme at a glance",
            "Коротко о программе",
            "Ծրագրի մասին հակիրճ",
        ),
        "facts": [
            t(
                "Places in the first intake: 30",
                "Мест в первом наборе: 30",
                "Տեղեր առաջին ընդունելությունում՝ 30",
            ),
            t(
                "Language of instruction: English",
                "Язык обучения: английский",
                "Ուսուցման լեզուն՝ անգլերեն",
            ),
            t(
                "Classes start: autumn {year}",
                "Начало занятий: осень {year} года",
                "Դասերի մեկնարկը՝ {year} թվականի աշուն",
            ),
        ],
        "tags": [5, 1, 10],
    },
    {
        "headline": t(
            "Caspian Sea level drops to its lowest in decades",
            "Уровень Каспийского моря опустился до минимума за десятилетия",
            "Կասպից ծովի մակարդակն իջել է վերջին տասնամյակների նվազագույնին",
        ),
        "lead": t(
            "Scientists from the coastal countries say the sea has fallen by more "
            "than a metre since the early 2000s.",
            "По данным учёных прикаспийских стран, с начала 2000-х годов уровень "
            "моря снизился более чем на метр.",
            "Կասպից ծովի ափամերձ երկրների գիտնականների տվյալներով՝ 2000-ական "
            "թվականների սկզբից ծովի մակարդակն իջել է ավելի քան մեկ մետրով։",
        ),
        "paragraphs": [
            t(
                "Less water is flowing in from the Volga, and hotter summers "
                "increase evaporation. In shallow northern bays the shoreline has "
                "moved several kilometres, leaving piers and fishing boats on dry "
                "land.",
                "Волга приносит меньше воды, а более жаркое лето усиливает "
                "испарение. В мелководных северных заливах береговая линия "
                "отступила на несколько километров, оставив причалы и рыбацкие "
                "лодки на суше.",
                "Վոլգան ավելի քիչ ջուր է բերում, իսկ ավելի շոգ ամառներն "
                "ուժեղացնում են գոլորշիացումը։ Ծանծաղ հյուսիսային ծոցերում ափագիծը "
                "նահանջել է մի քանի կիլոմետր՝ նավամատույցներն ու ձկնորսական "
                "նավակները թողնելով ցամաքի վրա։",
            ),
            t(
                "Ports are dredging their channels to keep ships moving. "
                "Researchers are calling for a joint monitoring network and a plan "
                "to protect wetlands that are important for fish and birds.",
                "Порты углубляют фарватеры, чтобы суда могли проходить. "
                "Исследователи призывают создать совместную сеть мониторинга и "
                "план защиты водно-болотных угодий, важных для рыбы и птиц.",
                "Նավահանգիստները խորացնում են նավուղիները, որպեսզի նավերը "
                "կարողանան անցնել։ Հետազոտողները կոչ են անում ստեղծել "
                "մշտադիտարկման համատեղ ցանց և ձկների ու թռչունների համար կարևոր "
                "խոնավ տարածքների պաշտպանության ծրագիր։",
            ),
        ],
        "tags": [20, 21],
    },
    {
        "headline": t(
            "Cargo on the Middle Corridor grows by a quarter",
            "Грузопоток по Срединному коридору вырос на четверть",
            "Միջին միջանցքով բեռնահոսքն աճել է մեկ քառորդով",
        ),
        "lead": t(
            "More containers are travelling from China to Europe by rail across "
            "Kazakhstan, the Caspian and the South Caucasus.",
            "Всё больше контейнеров идёт из Китая в Европу по железной дороге "
            "через Казахстан, Каспий и Южный Кавказ.",
            "Ավելի ու ավելի շատ բեռնարկղեր են Չինաստանից Եվրոպա ուղևորվում "
            "երկաթուղով՝ Ղազախստանի, Կասպից ծովի և Հարավային Կովկասի տարածքով։",
        ),
        "paragraphs": [
            t(
                "Railways along the route have agreed on a single tariff and a "
                "shared tracking system, so customers can follow their cargo from "
                "start to finish. A journey now takes about eighteen days, "
                "compared with more than a month by sea.",
                "Железные дороги на маршруте согласовали единый тариф и общую "
                "систему отслеживания, так что клиенты могут следить за грузом от "
                "начала до конца пути. Сейчас дорога занимает около восемнадцати "
                "дней против более чем месяца морем.",
                "Երթուղու երկաթուղիները համաձայնեցրել են միասնական սակագին և "
                "հետևման ընդհանուր համակարգ, այնպես որ հաճախորդները կարող են "
                "հետևել բեռին ամբողջ ճանապարհին։ Այժմ ճանապարհը տևում է մոտ "
                "տասնութ օր՝ ծովով մեկ ամսից ավելիի փոխարեն։",
            ),
            t(
                "The main bottleneck remains the crossing of the Caspian, where "
                "ferries are few and often delayed by weather. Several countries "
                "have ordered new ferries and are expanding their ports.",
                "Главным узким местом остаётся переправа через Каспий: паромов "
                "мало, и они часто задерживаются из-за погоды. Несколько стран "
                "заказали новые паромы и расширяют порты.",
                "Գլխավոր նեղ տեղը մնում է Կասպից ծովով անցումը, որտեղ լաստանավերը "
                "քիչ են և հաճախ ուշանում են եղանակի պատճառով։ Մի քանի երկիր "
                "պատվիրել են նոր լաստանավեր և ընդլայնում են նավահանգիստները։",
            ),
        ],
        "tags": [1, 10],
    },
    {
        "headline": t(
            "Batumi expects its busiest summer as new hotels open",
            "В Батуми открываются новые гостиницы: город ждёт самого загруженного лета",
            "Բաթումիում բացվում են նոր հյուրանոցներ՝ սպասվում է ամենաբանուկ ամառը",
        ),
        "lead": t(
            "The Georgian seaside city has added about 2,000 hotel rooms and a new "
            "promenade along the beach.",
            "В грузинском курортном городе появились около 2 тысяч новых "
            "гостиничных номеров и новая набережная вдоль пляжа.",
            "Վրաստանի ծովափնյա քաղաքում ավելացել է շուրջ 2 հազար հյուրանոցային "
            "համար և լողափի երկայնքով նոր զբոսափողոց։",
        ),
        "paragraphs": [
            t(
                "Visitors from neighbouring countries, Israel and the Gulf make up "
                "most of the bookings. The city has extended the hours of its "
                "cable car and added night buses to the airport.",
                "Большую часть бронирований делают гости из соседних стран, "
                "Израиля и государств Персидского залива. Город продлил часы "
                "работы канатной дороги и пустил ночные автобусы до аэропорта.",
                "Ամրագրումների մեծ մասը կատարում են հարևան երկրներից, Իսրայելից և "
                "Պարսից ծոցի պետություններից եկող հյուրերը։ Քաղաքը երկարացրել է "
                "ճոպանուղու աշխատաժամերը և գործարկել գիշերային ավտոբուսներ դեպի "
                "օդանավակայան։",
            ),
            t(
                "Local residents complain about construction and rising rents in "
                "the old town. The municipality has promised to limit new "
                "high-rise buildings near the seafront.",
                "Местные жители жалуются на стройки и рост арендной платы в старом "
                "городе. Муниципалитет пообещал ограничить строительство новых "
                "высоток у моря.",
                "Տեղի բնակիչները բողոքում են շինարարությունից և հին քաղաքում "
                "վարձավճարների աճից։ Համայնքապետարանը խոստացել է սահմանափակել "
                "ծովափի մոտ նոր բարձրահարկերի կառուցումը։",
            ),
        ],
        "tags": [7],
    },
    {
        "headline": t(
            "Kazakh grain exports through Caspian ports hit a record",
            "Экспорт казахстанского зерна через каспийские порты достиг рекорда",
            "Ղազախական հացահատիկի արտահանումը կասպյան նավահանգիստներով ռեկորդային է",
        ),
        "lead": t(
            "About 1.5 million tonnes of wheat and barley have been shipped across "
            "the sea since the harvest, much of it bound for Iran and the "
            "Caucasus.",
            "С начала уборочной через море отправлено около 1,5 млн тонн пшеницы и "
            "ячменя, значительная часть — в Иран и на Кавказ.",
            "Բերքահավաքից ի վեր ծովով ուղարկվել է շուրջ 1,5 միլիոն տոննա ցորեն և "
            "գարի, որի զգալի մասը՝ Իրան և Կովկաս։",
        ),
        "paragraphs": [
            t(
                "A new grain terminal at the port of Aktau has doubled loading "
                "capacity. Exporters say the sea route is cheaper than sending "
                "grain by rail through several borders.",
                "Новый зерновой терминал в порту Актау удвоил мощность погрузки. "
                "Экспортёры говорят, что морской путь дешевле, чем перевозка зерна "
                "по железной дороге через несколько границ.",
                "Ակտաու նավահանգստի նոր հացահատիկային տերմինալը կրկնապատկել է "
                "բեռնման հզորությունը։ Արտահանողներն ասում են, որ ծովային "
                "ճանապարհն ավելի էժան է, քան հացահատիկը երկաթուղով մի քանի "
                "սահմանով տեղափոխելը։",
            ),
            t(
                "Flour mills on the western shore of the Caspian now buy much of "
                "their wheat from Kazakhstan. Traders expect volumes to grow "
                "further if falling sea levels do not force ships to sail lighter.",
                "Мельницы на западном берегу Каспия теперь закупают значительную "
                "часть пшеницы в Казахстане. Трейдеры ожидают дальнейшего роста "
                "объёмов, если обмеление моря не заставит суда ходить с неполной "
                "загрузкой.",
                "Կասպից ծովի արևմտյան ափի ալրաղացներն այժմ ցորենի զգալի մասը գնում "
                "են Ղազախստանից։ Առևտրականներն ակնկալում են ծավալների հետագա աճ, "
                "եթե ծովի ծանծաղացումը նավերին չստիպի նավարկել ոչ լրիվ "
                "բեռնվածությամբ։",
            ),
        ],
        "tags": [9, 10],
    },
    {
        "headline": t(
            "Samarkand hosts a festival of Silk Road crafts",
            "В Самарканде проходит фестиваль ремёсел Шёлкового пути",
            "Սամարղանդում անցկացվում է Մետաքսի ճանապարհի արհեստների փառատոն",
        ),
        "lead": t(
            "Potters, silk weavers and wood carvers from twenty countries are "
            "showing their work in the courtyards of the old city.",
            "Гончары, шелкоткачи и резчики по дереву из двадцати стран показывают "
            "свои работы во дворах старого города.",
            "Քսան երկրի բրուտները, մետաքսագործները և փայտագործները իրենց "
            "աշխատանքները ցուցադրում են հին քաղաքի բակերում։",
        ),
        "paragraphs": [
            t(
                "Visitors can try their hand at a potter's wheel or a loom in open "
                "workshops. Masters from the Caucasus brought carpets, copperware "
                "and embroidered textiles.",
                "В открытых мастерских посетители могут сами попробовать "
                "поработать на гончарном круге или ткацком станке. Мастера с "
                "Кавказа привезли ковры, изделия из меди и вышитые ткани.",
                "Բաց արհեստանոցներում այցելուները կարող են իրենք փորձել աշխատել "
                "բրուտի անիվի կամ ջուլհակի դազգահի վրա։ Կովկասից եկած վարպետները "
                "բերել են գորգեր, պղնձե իրեր և ասեղնագործ գործվածքներ։",
            ),
            t(
                "The organisers want the festival to help craftspeople find buyers "
                "beyond tourists. A round table will discuss online sales and how "
                "to protect traditional designs from cheap copies.",
                "Организаторы хотят, чтобы фестиваль помог мастерам найти "
                "покупателей не только среди туристов. На круглом столе обсудят "
                "онлайн-продажи и защиту традиционных узоров от дешёвых подделок.",
                "Կազմակերպիչները ցանկանում են, որ փառատոնն օգնի վարպետներին "
                "գնորդներ գտնել ոչ միայն զբոսաշրջիկների շրջանում։ Կլոր սեղանի "
                "շուրջ կքննարկվեն առցանց վաճառքները և ավանդական նախշերը էժան "
                "կեղծիքներից պաշտպանելու հարցը։",
            ),
        ],
        "tags": [7, 23],
    },
    {
        "headline": t(
            "Power grids of the South Caucasus to trade electricity by the hour",
            "Энергосистемы Южного Кавказа начнут почасовую торговлю электроэнергией",
            "Հարավային Կովկասի էներգահամակարգերը կսկսեն էլեկտրաէներգիայի ժամային "
            "առևտուր",
        ),
        "lead": t(
            "Grid operators have agreed on common rules that let surplus power "
            "from hydro, gas and solar plants flow to where it is needed.",
            "Операторы сетей согласовали общие правила, которые позволят "
            "направлять излишки энергии гидро-, газовых и солнечных станций туда, "
            "где она нужна.",
            "Ցանցերի օպերատորները համաձայնեցրել են ընդհանուր կանոններ, որոնք թույլ "
            "կտան հիդրո-, գազային և արևային կայանների ավելցուկային էներգիան ուղղել "
            "այնտեղ, որտեղ այն անհրաժեշտ է։",
        ),
        "paragraphs": [
            t(
                "Until now, cross-border electricity was sold mainly under "
                "long-term contracts. Hourly trading will make it easier to "
                "balance the grids when the sun goes down or rivers run low in "
                "late summer.",
                "До сих пор электроэнергия между странами продавалась в основном "
                "по долгосрочным контрактам. Почасовая торговля упростит "
                "балансировку сетей после захода солнца или когда в конце лета "
                "мелеют реки.",
                "Մինչ այժմ երկրների միջև էլեկտրաէներգիան վաճառվում էր հիմնականում "
                "երկարաժամկետ պայմանագրերով։ Ժամային առևտուրը կհեշտացնի ցանցերի "
                "հավասարակշռումը մայրամուտից հետո կամ երբ ամռան վերջին գետերը "
                "ծանծաղում են։",
            ),
            t(
                "A pilot phase will start in the autumn with a limited volume. "
                "Engineers are also upgrading the high-voltage lines between the "
                "countries to carry more power.",
                "Пилотный этап стартует осенью с ограниченным объёмом. Инженеры "
                "также модернизируют высоковольтные линии между странами, чтобы "
                "увеличить их пропускную способность.",
                "Փորձնական փուլը կմեկնարկի աշնանը՝ սահմանափակ ծավալով։ Ինժեներները "
                "արդիականացնում են նաև երկրների միջև բարձրավոլտ գծերը՝ դրանց "
                "թողունակությունը մեծացնելու համար։",
            ),
        ],
        "tags": [0],
    },
    {
        "headline": t(
            "Border crossing on the Georgian frontier now open around the clock",
            "Пункт пропуска на границе с Грузией теперь работает круглосуточно",
            "Վրաստանի սահմանի անցակետն այժմ գործում է շուրջօրյա",
        ),
        "lead": t(
            "A new terminal with separate lanes for cars, buses and trucks has "
            "replaced the cramped old building.",
            "Тесное старое здание заменил новый терминал с отдельными полосами для "
            "легковых машин, автобусов и грузовиков.",
            "Նեղլիկ հին շենքին փոխարինել է նոր տերմինալ՝ մարդատար մեքենաների, "
            "ավտոբուսների և բեռնատարների առանձին գոտիներով։",
        ),
        "paragraphs": [
            t(
                "Passport control for pedestrians and cars now takes a few "
                "minutes, and trucks are checked by scanners without being "
                "unloaded. Traders from border villages say they can finally plan "
                "their trips to the markets on the other side.",
                "Паспортный контроль для пешеходов и легковых машин теперь "
                "занимает несколько минут, а грузовики проверяют сканерами без "
                "разгрузки. Торговцы из приграничных сёл говорят, что наконец "
                "могут планировать поездки на рынки по ту сторону границы.",
                "Հետիոտների և մարդատար մեքենաների անձնագրային ստուգումն այժմ տևում "
                "է մի քանի րոպե, իսկ բեռնատարները ստուգվում են սկաներներով՝ առանց "
                "բեռնաթափման։ Սահմանամերձ գյուղերի առևտրականներն ասում են, որ "
                "վերջապես կարող են պլանավորել իրենց ուղևորությունները սահմանի "
                "մյուս կողմի շուկաներ։",
            ),
            t(
                "The terminal has a waiting room, a medical point and parking for "
                "a hundred trucks. Tourists are expected to make up a growing "
                "share of travellers in summer.",
                "В терминале есть зал ожидания, медпункт и стоянка на сто "
                "грузовиков. Ожидается, что летом доля туристов среди пересекающих "
                "границу будет расти.",
                "Տերմինալում կան սպասասրահ, բուժկետ և հարյուր բեռնատարի համար "
                "կայանատեղի։ Ակնկալվում է, որ ամռանը սահմանը հատողների մեջ "
                "զբոսաշրջիկների մասնաբաժինը կաճի։",
            ),
        ],
        "tags": [1],
    },
    {
        "headline": t(
            "Fibre-optic cable to be laid across the Caspian seabed",
            "По дну Каспия проложат оптоволоконный кабель",
            "Կասպից ծովի հատակով օպտիկամանրաթելային մալուխ կանցկացվի",
        ),
        "lead": t(
            "The cable will give the region a new internet route between Europe "
            "and Asia, in addition to the existing overland lines.",
            "Кабель даст региону ещё один интернет-маршрут между Европой и Азией в "
            "дополнение к существующим наземным линиям.",
            "Մալուխը տարածաշրջանին կտա Եվրոպայի և Ասիայի միջև ևս մեկ ինտերնետային "
            "երթուղի՝ ի լրումն գոյություն ունեցող ցամաքային գծերի։",
        ),
        "paragraphs": [
            t(
                "Telecom operators from the coastal countries signed an agreement "
                "to share the construction costs. The cable will be about 380 "
                "kilometres long and is due to be ready in three years.",
                "Операторы связи прикаспийских стран подписали соглашение о "
                "совместном финансировании строительства. Длина кабеля составит "
                "около 380 километров, а ввести его в строй планируется через три "
                "года.",
                "Ափամերձ երկրների կապի օպերատորները ստորագրել են շինարարության "
                "համատեղ ֆինանսավորման համաձայնագիր։ Մալուխի երկարությունը կկազմի "
                "շուրջ 380 կիլոմետր, և այն նախատեսվում է շահագործման հանձնել երեք "
                "տարի անց։",
            ),
            t(
                "Experts say the route will make connections faster and more "
                "reliable for data centres and banks in the region. A survey of "
                "the seabed will start this summer.",
                "Эксперты говорят, что маршрут сделает связь быстрее и надёжнее "
                "для центров обработки данных и банков региона. Исследование "
                "морского дна начнётся этим летом.",
                "Փորձագետների խոսքով՝ երթուղին կապն ավելի արագ և հուսալի կդարձնի "
                "տարածաշրջանի տվյալների մշակման կենտրոնների և բանկերի համար։ Ծովի "
                "հատակի ուսումնասիրությունը կսկսվի այս ամառ։",
            ),
        ],
        "tags": [8],
    },
    {
        "headline": t(
            "Camera traps capture snow leopards in the Greater Caucasus",
            "Фотоловушки засняли снежных барсов на Большом Кавказе",
            "Լուսանկարչական թակարդները Մեծ Կովկասում ձյունահովազներ են նկարահանել",
        ),
        "lead": t(
            "Researchers have identified at least three different animals from "
            "their spot patterns, a rare sighting in the region.",
            "По рисунку пятен исследователи опознали как минимум трёх разных "
            "животных — для региона это редкая удача.",
            "Ըստ բծերի նախշի՝ հետազոտողները ճանաչել են առնվազն երեք տարբեր "
            "կենդանի, ինչը տարածաշրջանի համար հազվագյուտ հաջողություն է։",
        ),
        "paragraphs": [
            t(
                "The cameras were installed two years ago on rocky ridges above "
                "3,000 metres. Besides snow leopards, they recorded wild goats, "
                "lynxes and brown bears.",
                "Камеры установили два года назад на скалистых хребтах выше 3000 "
                "метров. Кроме барсов, они засняли диких коз, рысей и бурых "
                "медведей.",
                "Տեսախցիկները տեղադրվել են երկու տարի առաջ 3000 մետրից բարձր "
                "ժայռոտ լեռնաշղթաներում։ Ձյունահովազներից բացի՝ դրանք նկարահանել "
                "են վայրի այծեր, լուսաններ և գորշ արջեր։",
            ),
            t(
                "Conservationists are working with shepherds to reduce conflicts "
                "over livestock. Compensation for animals lost to predators is "
                "paid quickly so that herders have no reason to hunt the cats.",
                "Защитники природы работают с пастухами, чтобы сократить конфликты "
                "из-за скота. Компенсацию за животных, погибших от хищников, "
                "выплачивают быстро, чтобы у пастухов не было причин охотиться на "
                "барсов.",
                "Բնապահպանները աշխատում են հովիվների հետ՝ անասունների պատճառով "
                "առաջացող բախումները նվազեցնելու համար։ Գիշատիչներից սատկած "
                "կենդանիների համար փոխհատուցումն արագ է վճարվում, որպեսզի "
                "հովիվները ձյունահովազներին որսալու պատճառ չունենան։",
            ),
        ],
        "tags": [20],
    },
    {
        "headline": t(
            "Direct flights link Tbilisi and Tashkent for the first time",
            "Тбилиси и Ташкент впервые связал прямой авиарейс",
            "Թբիլիսին և Տաշքենդն առաջին անգամ կապվել են ուղիղ չվերթով",
        ),
        "lead": t(
            "A low-cost airline will fly the route three times a week, cutting "
            "travel time from ten hours with a change to just over three.",
            "Лоукостер будет летать три раза в неделю, и дорога займёт чуть больше "
            "трёх часов вместо десяти с пересадкой.",
            "Էժան ավիաընկերությունը կթռչի շաբաթական երեք անգամ, և ճանապարհը կտևի "
            "երեք ժամից մի փոքր ավելի՝ փոխադրումով տասը ժամվա փոխարեն։",
        ),
        "paragraphs": [
            t(
                "The airline expects demand from tourists as well as from students "
                "and businesspeople. Uzbek citizens can visit Georgia without a "
                "visa, which tour operators say makes the route attractive for "
                "short breaks.",
                "Авиакомпания рассчитывает на спрос со стороны туристов, а также "
                "студентов и предпринимателей. Граждане Узбекистана могут посещать "
                "Грузию без визы, что, по словам туроператоров, делает направление "
                "привлекательным для коротких поездок.",
                "Ավիաընկերությունը հույս ունի պահանջարկի զբոսաշրջիկների, ինչպես "
                "նաև ուսանողների և գործարարների կողմից։ Ուզբեկստանի քաղաքացիները "
                "կարող են առանց վիզայի այցելել Վրաստան, ինչը, տուրօպերատորների "
                "խոսքով, ուղղությունը գրավիչ է դարձնում կարճ ուղևորությունների "
                "համար։",
            ),
            t(
                "The first flight was fully booked. Travel agencies in both cities "
                "are preparing combined tours of the Caucasus and Central Asia.",
                "Первый рейс был полностью распродан. Турагентства в обоих городах "
                "готовят совмещённые туры по Кавказу и Центральной Азии.",
                "Առաջին չվերթի տոմսերն ամբողջությամբ վաճառվել են։ Երկու քաղաքների "
                "զբոսաշրջային գործակալությունները պատրաստում են Կովկասով և "
                "Կենտրոնական Ասիայով համակցված շրջագայություններ։",
            ),
        ],
        "tags": [1, 7],
    },
    {
        "headline": t(
            "Tbilisi schools and offices join a citywide earthquake drill",
            "Школы и офисы Тбилиси приняли участие в общегородских учениях на "
            "случай землетрясения",
            "Թբիլիսիի դպրոցներն ու գրասենյակները մասնակցել են երկրաշարժի դեպքում "
            "գործողությունների համաքաղաքային վարժանքին",
        ),
        "lead": t(
            "At ten in the morning, sirens sounded and more than 200,000 people "
            "practised taking cover and leaving buildings.",
            "В десять утра прозвучали сирены, и более 200 тысяч человек "
            "отработали, как укрыться и покинуть здания.",
            "Առավոտյան ժամը տասին հնչել են ազդանշանները, և ավելի քան 200 հազար "
            "մարդ փորձարկել է, թե ինչպես թաքնվել և դուրս գալ շենքերից։",
        ),
        "paragraphs": [
            t(
                "Rescuers also practised searching a partly collapsed building at "
                "a training ground. The city has identified several hundred older "
                "buildings that need to be reinforced.",
                "Спасатели также отработали поиск людей в частично обрушенном "
                "здании на учебном полигоне. Город выявил несколько сотен старых "
                "зданий, которые нужно укрепить.",
                "Փրկարարները ուսումնական պոլիգոնում փորձարկել են նաև մասնակի "
                "փլուզված շենքում մարդկանց որոնումը։ Քաղաքը հայտնաբերել է մի քանի "
                "հարյուր հին շենք, որոնք ամրացման կարիք ունեն։",
            ),
            t(
                "Seismologists from neighbouring countries observed the drill and "
                "plan a joint exercise next year. The region lies in an active "
                "seismic zone where strong earthquakes have occurred in living "
                "memory.",
                "За учениями наблюдали сейсмологи из соседних стран, в следующем "
                "году планируются совместные учения. Регион находится в активной "
                "сейсмической зоне, где на памяти нынешних поколений уже "
                "происходили сильные землетрясения.",
                "Վարժանքին հետևել են հարևան երկրների սեյսմոլոգները, և հաջորդ տարի "
                "նախատեսվում է համատեղ վարժանք։ Տարածաշրջանը գտնվում է ակտիվ "
                "սեյսմիկ գոտում, որտեղ ներկա սերունդների հիշողության մեջ արդեն "
                "ուժեղ երկրաշարժեր են եղել։",
            ),
        ],
        "tags": [21],
    },
    {
        "headline": t(
            "First joint census of Caspian seals counts about 100,000 animals",
            "Первая совместная перепись каспийских тюленей насчитала около 100 "
            "тысяч животных",
            "Կասպյան փոկերի առաջին համատեղ հաշվառմամբ գրանցվել է շուրջ 100 հազար կենդանի",
        ),
        "lead": t(
            "Scientists used aircraft and drones to count seals on the winter ice "
            "in the north of the sea.",
            "Учёные пересчитывали тюленей на зимнем льду в северной части моря с "
            "самолётов и дронов.",
            "Գիտնականները փոկերին հաշվել են ծովի հյուսիսային մասի ձմեռային "
            "սառույցի վրա՝ ինքնաթիռներից և անօդաչու սարքերից։",
        ),
        "paragraphs": [
            t(
                "The Caspian seal is found nowhere else in the world, and its "
                "numbers have fallen sharply over the past century. Pollution, "
                "fishing nets and the shrinking of winter ice are the main "
                "threats.",
                "Каспийский тюлень больше нигде в мире не встречается, и за "
                "последнее столетие его численность резко сократилась. Главные "
                "угрозы — загрязнение, рыболовные сети и сокращение зимнего льда.",
                "Կասպյան փոկը աշխարհում այլ տեղ չի հանդիպում, և վերջին դարում նրա "
                "թվաքանակը կտրուկ նվազել է։ Հիմնական վտանգներն են "
                "աղտոտվածությունը, ձկնորսական ցանցերը և ձմեռային սառույցի "
                "կրճատումը։",
            ),
            t(
                "The census will be repeated every three years to track the "
                "population. Researchers also want fishermen to report seals "
                "caught in their nets, without fear of penalties.",
                "Перепись будут повторять раз в три года, чтобы следить за "
                "популяцией. Исследователи также хотят, чтобы рыбаки без страха "
                "наказания сообщали о тюленях, попавших в их сети.",
                "Հաշվառումը կկրկնվի երեք տարին մեկ՝ պոպուլյացիային հետևելու համար։ "
                "Հետազոտողները ցանկանում են նաև, որ ձկնորսներն առանց պատժի վախի "
                "հայտնեն իրենց ցանցերն ընկած փոկերի մասին։",
            ),
        ],
        "tags": [20],
    },
    {
        "headline": t(
            "Kyrgyzstan starts building a large hydropower plant on the Naryn",
            "Киргизия начала строить крупную ГЭС на Нарыне",
            "Ղրղզստանը Նարին գետի վրա սկսել է խոշոր հիդրոէլեկտրակայանի շինարարությունը",
        ),
        "lead": t(
            "The plant is meant to ease winter power shortages and could export "
            "electricity to neighbours in summer.",
            "Станция должна сократить зимний дефицит электроэнергии, а летом она "
            "сможет экспортировать энергию соседям.",
            "Կայանը պետք է նվազեցնի էլեկտրաէներգիայի ձմեռային պակասը, իսկ ամռանը "
            "կկարողանա էներգիա արտահանել հարևաններին։",
        ),
        "paragraphs": [
            t(
                "Kyrgyzstan produces most of its electricity from water, but "
                "output falls in winter when demand is highest. The new dam will "
                "store water for the cold months.",
                "Киргизия получает большую часть электроэнергии от воды, однако "
                "зимой, когда спрос выше всего, выработка падает. Новая плотина "
                "позволит накапливать воду на холодные месяцы.",
                "Ղրղզստանն էլեկտրաէներգիայի մեծ մասը ստանում է ջրից, սակայն "
                "ձմռանը, երբ պահանջարկն ամենաբարձրն է, արտադրությունը նվազում է։ "
                "Նոր ամբարտակը թույլ կտա ջուր կուտակել ցուրտ ամիսների համար։",
            ),
            t(
                "Downstream countries, which need the river for irrigation in "
                "summer, have been consulted on how the reservoir will be filled. "
                "Construction is expected to take about seven years.",
                "С расположенными ниже по течению странами, которым вода нужна "
                "летом для орошения, обсудили порядок заполнения водохранилища. "
                "Строительство, как ожидается, займёт около семи лет.",
                "Հոսանքն ի վար գտնվող երկրների հետ, որոնց ջուրն ամռանը ոռոգման "
                "համար է պետք, քննարկվել է ջրամբարի լցման կարգը։ Ակնկալվում է, որ "
                "շինարարությունը կտևի մոտ յոթ տարի։",
            ),
        ],
        "tags": [0],
    },
    {
        "headline": t(
            "Start-up conference in Yerevan brings together founders from the region",
            "Конференция стартапов в Ереване собрала основателей компаний со всего "
            "региона",
            "Երևանում ստարտափների համաժողովը համախմբել է տարածաշրջանի "
            "ընկերությունների հիմնադիրներին",
        ),
        "lead": t(
            "About 1,500 participants attended two days of talks on fintech, "
            "education technology and artificial intelligence.",
            "Около 1500 участников два дня обсуждали финтех, образовательные "
            "технологии и искусственный интеллект.",
            "Շուրջ 1500 մասնակից երկու օր քննարկել են ֆինտեխը, կրթական "
            "տեխնոլոգիաները և արհեստական բանականությունը։",
        ),
        "paragraphs": [
            t(
                "Founders from Georgia, Kazakhstan and Uzbekistan pitched their "
                "projects to investors, and several teams signed agreements to "
                "pilot their products in neighbouring markets.",
                "Основатели компаний из Грузии, Казахстана и Узбекистана "
                "представили свои проекты инвесторам, и несколько команд подписали "
                "соглашения о пилотном запуске продуктов на соседних рынках.",
                "Վրաստանից, Ղազախստանից և Ուզբեկստանից ժամանած հիմնադիրները իրենց "
                "նախագծերը ներկայացրել են ներդրողներին, և մի քանի թիմ "
                "համաձայնագրեր են ստորագրել հարևան շուկաներում իրենց արտադրանքը "
                "փորձնականորեն գործարկելու մասին։",
            ),
            t(
                "Many speakers said the region's strength is its multilingual "
                "engineers and lower costs. Organisers plan to hold the next "
                "conference in a different city of the region each year.",
                "Многие выступающие отмечали, что сила региона — в инженерах, "
                "владеющих несколькими языками, и в более низких издержках. "
                "Организаторы планируют каждый год проводить конференцию в другом "
                "городе региона.",
                "Շատ ելույթ ունեցողներ նշել են, որ տարածաշրջանի ուժը մի քանի լեզվի "
                "տիրապետող ինժեներներն են և ավելի ցածր ծախսերը։ Կազմակերպիչները "
                "նախատեսում են համաժողովն ամեն տարի անցկացնել տարածաշրջանի մեկ այլ "
                "քաղաքում։",
            ),
        ],
        "tags": [8],
    },
    {
        "headline": t(
            "Tbilisi wine festival celebrates the ancient qvevri method",
            "Винный фестиваль в Тбилиси посвящён древнему методу квеври",
            "Թբիլիսիի գինու փառատոնը նվիրված է քվևրիի հնագույն եղանակին",
        ),
        "lead": t(
            "More than 200 winemakers, many of them small family producers, poured "
            "their wines in the city's old botanical garden.",
            "Более 200 виноделов, многие из которых — небольшие семейные "
            "хозяйства, представили свои вина в старом ботаническом саду города.",
            "Ավելի քան 200 գինեգործ, որոնցից շատերը փոքր ընտանեկան տնտեսություններ "
            "են, իրենց գինիները ներկայացրել են քաղաքի հին բուսաբանական այգում։",
        ),
        "paragraphs": [
            t(
                "Qvevri are large clay vessels buried in the ground, in which "
                "grapes ferment with their skins for months. The method gives "
                "amber-coloured white wines that have found fans far beyond "
                "Georgia.",
                "Квеври — большие глиняные сосуды, закапываемые в землю, в которых "
                "виноград месяцами бродит вместе с кожицей. Этот метод даёт белые "
                "вина янтарного цвета, у которых появились поклонники далеко за "
                "пределами Грузии.",
                "Քվևրին հողի մեջ թաղվող մեծ կավե անոթ է, որում խաղողը ամիսներով "
                "խմորվում է կեղևի հետ միասին։ Այս եղանակով ստացվում են սաթագույն "
                "սպիտակ գինիներ, որոնք երկրպագուներ են գտել Վրաստանի սահմաններից "
                "շատ հեռու։",
            ),
            t(
                "Potters who make qvevri held demonstrations, and winemakers from "
                "neighbouring countries compared their own traditions of "
                "clay-vessel winemaking. Organisers counted about 15,000 visitors "
                "over the weekend.",
                "Гончары, изготавливающие квеври, провели мастер-классы, а "
                "виноделы из соседних стран сравнили собственные традиции "
                "изготовления вина в глиняных сосудах. За выходные организаторы "
                "насчитали около 15 тысяч посетителей.",
                "Քվևրի պատրաստող բրուտները ցուցադրական պարապմունքներ են անցկացրել, "
                "իսկ հարևան երկրների գինեգործները համեմատել են կավե անոթներում "
                "գինի պատրաստելու իրենց ավանդույթները։ Հանգստյան օրերին "
                "կազմակերպիչները հաշվել են շուրջ 15 հազար այցելու։",
            ),
        ],
        "tags": [7, 9],
    },
    {
        "headline": t(
            "Avalanche risk closes mountain passes in the Greater Caucasus",
            "Из-за угрозы схода лавин закрыты горные перевалы Большого Кавказа",
            "Ձնահյուսերի վտանգի պատճառով փակվել են Մեծ Կովկասի լեռնանցքները",
        ),
        "lead": t(
            "Heavy snowfall over three days has raised the avalanche danger to the "
            "highest level on several roads.",
            "После трёхдневных снегопадов лавинная опасность на нескольких дорогах "
            "достигла наивысшего уровня.",
            "Եռօրյա ձյունատեղումներից հետո մի քանի ճանապարհներին ձնահյուսերի "
            "վտանգը հասել է ամենաբարձր մակարդակին։",
        ),
        "paragraphs": [
            t(
                "Trucks are waiting at checkpoints on both sides of the main pass, "
                "and drivers have been offered hot meals and places to rest. "
                "Rescuers are carrying out controlled avalanche releases where "
                "slopes hang over the road.",
                "Грузовики ждут на контрольно-пропускных пунктах по обе стороны "
                "главного перевала, водителям предлагают горячее питание и места "
                "для отдыха. Там, где склоны нависают над дорогой, спасатели "
                "проводят принудительный сброс лавин.",
                "Բեռնատարները սպասում են գլխավոր լեռնանցքի երկու կողմերի "
                "անցակետերում, և վարորդներին առաջարկվում են տաք սնունդ և հանգստի "
                "վայրեր։ Այնտեղ, որտեղ լանջերը կախված են ճանապարհի վրա, "
                "փրկարարները ձնահյուսերի հարկադիր իջեցում են իրականացնում։",
            ),
            t(
                "Skiers and hikers are urged not to go off marked trails. The "
                "passes are expected to reopen once the snow has settled and the "
                "slopes have been checked.",
                "Лыжников и туристов призывают не сходить с размеченных трасс. "
                "Перевалы, как ожидается, откроют, когда снег уплотнится и склоны "
                "будут проверены.",
                "Դահուկորդներին և զբոսաշրջիկներին կոչ է արվում չշեղվել նշված "
                "ուղիներից։ Ակնկալվում է, որ լեռնանցքները կբացվեն, երբ ձյունը "
                "նստի, և լանջերը ստուգվեն։",
            ),
        ],
        "tags": [17],
    },
    {
        "headline": t(
            "New road tunnel in western Georgia shortens the mountain route",
            "Новый автомобильный тоннель на западе Грузии сократил горный маршрут",
            "Արևմտյան Վրաստանում նոր ավտոճանապարհային թունելը կրճատել է լեռնային "
            "երթուղին",
        ),
        "lead": t(
            "Drivers now avoid a winding pass where snow and landslides often "
            "closed the road in winter.",
            "Водителям больше не нужно преодолевать извилистый перевал, где зимой "
            "дорогу часто перекрывали снегопады и оползни.",
            "Վարորդներն այլևս ստիպված չեն հաղթահարել ոլորապտույտ լեռնանցքը, որտեղ "
            "ձմռանը ճանապարհը հաճախ փակվում էր ձյան և սողանքների պատճառով։",
        ),
        "paragraphs": [
            t(
                "The tunnel is almost nine kilometres long and has its own "
                "ventilation and emergency exits every few hundred metres. The "
                "journey between the capital and the Black Sea coast is now about "
                "forty minutes shorter.",
                "Длина тоннеля — почти девять километров, в нём собственная "
                "вентиляция и аварийные выходы через каждые несколько сотен "
                "метров. Дорога от столицы до черноморского побережья стала "
                "примерно на сорок минут короче.",
                "Թունելի երկարությունը գրեթե ինը կիլոմետր է, այն ունի սեփական "
                "օդափոխություն և վթարային ելքեր՝ յուրաքանչյուր մի քանի հարյուր "
                "մետրը մեկ։ Մայրաքաղաքից մինչև Սև ծովի ափ ճանապարհը կրճատվել է մոտ "
                "քառասուն րոպեով։",
            ),
            t(
                "Freight companies expect savings on fuel and fewer accidents. The "
                "old pass road will remain open for local traffic and tourists who "
                "want to enjoy the views.",
                "Грузовые перевозчики рассчитывают сэкономить на топливе и "
                "сократить число аварий. Старая дорога через перевал останется "
                "открытой для местного транспорта и туристов, желающих "
                "полюбоваться видами.",
                "Բեռնափոխադրողները ակնկալում են վառելիքի խնայողություն և վթարների "
                "թվի կրճատում։ Լեռնանցքով անցնող հին ճանապարհը բաց կմնա տեղական "
                "տրանսպորտի և տեսարանները վայելել ցանկացող զբոսաշրջիկների համար։",
            ),
        ],
        "tags": [19, 1],
    },
    {
        "headline": t(
            "Central Asian states agree on summer water releases from the Amu Darya",
            "Страны Центральной Азии договорились о летних попусках воды из Амударьи",
            "Կենտրոնական Ասիայի երկրները պայմանավորվել են Ամուդարյայից ամառային "
            "ջրթողքերի շուրջ",
        ),
        "lead": t(
            "The agreement sets how much water each country may take during the "
            "irrigation season, after two dry years strained relations.",
            "Соглашение определяет, сколько воды может забирать каждая страна в "
            "оросительный сезон; два засушливых года обострили отношения.",
            "Համաձայնագիրը սահմանում է, թե յուրաքանչյուր երկիր որքան ջուր կարող է "
            "վերցնել ոռոգման սեզոնին։ Երկու չորային տարիները լարել էին "
            "հարաբերությունները։",
        ),
        "paragraphs": [
            t(
                "Water ministers met for two days and agreed to share real-time "
                "data from gauging stations along the river. Farmers downstream "
                "had complained that water arrived too late for cotton and rice.",
                "Министры водного хозяйства встречались два дня и договорились "
                "обмениваться данными гидропостов вдоль реки в реальном времени. "
                "Фермеры в низовьях жаловались, что вода приходит слишком поздно "
                "для хлопка и риса.",
                "Ջրային տնտեսության նախարարները հանդիպել են երկու օր և "
                "պայմանավորվել իրական ժամանակում փոխանակվել գետի երկայնքով "
                "ջրաչափական կետերի տվյալներով։ Ստորին հոսանքի ֆերմերները բողոքում "
                "էին, որ ջուրը շատ ուշ է հասնում բամբակի և բրնձի համար։",
            ),
            t(
                "Experts say much of the water is still lost in old, unlined "
                "canals. Several countries are testing drip irrigation and "
                "planting crops that need less water.",
                "Эксперты говорят, что значительная часть воды по-прежнему "
                "теряется в старых каналах без облицовки. Ряд стран опробует "
                "капельное орошение и переходит на культуры, которым нужно меньше "
                "воды.",
                "Փորձագետների խոսքով՝ ջրի զգալի մասը դեռ կորչում է առանց "
                "երեսապատման հին ջրանցքներում։ Մի շարք երկրներ փորձարկում են "
                "կաթիլային ոռոգումը և անցնում են ավելի քիչ ջուր պահանջող "
                "մշակաբույսերի։",
            ),
        ],
        "tags": [3, 11],
    },
    {
        "headline": t(
            "Volunteers plant saxaul trees on the dried bed of the Aral Sea",
            "Волонтёры высаживают саксаул на высохшем дне Аральского моря",
            "Կամավորները սաքսաուլ են տնկում Արալյան ծովի չորացած հատակին",
        ),
        "lead": t(
            "The hardy desert shrubs are meant to hold the sand and reduce the "
            "dust storms that blow salt onto nearby towns.",
            "Выносливые пустынные кустарники должны закрепить пески и ослабить "
            "пыльные бури, несущие соль на соседние города.",
            "Դիմացկուն անապատային թփերը պետք է ամրացնեն ավազները և թուլացնեն փոշե "
            "փոթորիկները, որոնք աղ են բերում մոտակա քաղաքներ։",
        ),
        "paragraphs": [
            t(
                "Students and foresters planted tens of thousands of seedlings "
                "during the spring campaign. Earlier plantings have already taken "
                "root over large areas and are now visible from space.",
                "Студенты и лесники за весеннюю кампанию высадили десятки тысяч "
                "саженцев. Более ранние посадки уже прижились на больших площадях "
                "и теперь видны из космоса.",
                "Գարնանային արշավի ընթացքում ուսանողները և անտառապահները տնկել են "
                "տասնյակ հազարավոր տնկիներ։ Ավելի վաղ տնկարկներն արդեն կպել են մեծ "
                "տարածքներում և այժմ երևում են տիեզերքից։",
            ),
            t(
                "Scientists say the new forests also shelter small animals and "
                "birds. The work is slow, because seedlings need water in their "
                "first summer, which has to be brought by truck.",
                "Учёные отмечают, что новые леса дают укрытие мелким животным и "
                "птицам. Работа идёт медленно: в первое лето саженцам нужен полив, "
                "а воду приходится подвозить грузовиками.",
                "Գիտնականները նշում են, որ նոր անտառները ապաստան են տալիս նաև մանր "
                "կենդանիներին և թռչուններին։ Աշխատանքը դանդաղ է ընթանում, քանի որ "
                "առաջին ամռանը տնկիները ջրելու կարիք ունեն, իսկ ջուրը պետք է "
                "բեռնատարներով տեղ հասցնել։",
            ),
        ],
        "tags": [20, 3],
    },
    {
        "headline": t(
            "Astana's first light rail line carries passengers",
            "В Астане первая линия легкорельсового транспорта начала перевозить "
            "пассажиров",
            "Աստանայում թեթև ռելսային տրանսպորտի առաջին գիծն սկսել է ուղևորներ "
            "տեղափոխել",
        ),
        "lead": t(
            "The line links the airport, the railway station and the city centre, "
            "with trains every seven minutes at peak times.",
            "Линия связала аэропорт, вокзал и центр города; в часы пик поезда "
            "ходят каждые семь минут.",
            "Գիծը կապել է օդանավակայանը, կայարանը և քաղաքի կենտրոնը, իսկ պիկ "
            "ժամերին գնացքները երթևեկում են յոթ րոպեն մեկ։",
        ),
        "paragraphs": [
            t(
                "The project had been delayed for years, and residents greeted the "
                "first trains with a mixture of relief and curiosity. Fares are "
                "the same as on city buses, and transfers are free within an hour.",
                "Проект годами откладывался, и первые поезда жители встретили с "
                "облегчением и любопытством. Проезд стоит столько же, сколько в "
                "городском автобусе, а пересадка в течение часа бесплатна.",
                "Նախագիծը տարիներ շարունակ հետաձգվում էր, և բնակիչներն առաջին "
                "գնացքները դիմավորել են թեթևացած և հետաքրքրությամբ։ Ուղեվարձը "
                "նույնն է, ինչ քաղաքային ավտոբուսում, իսկ մեկ ժամվա ընթացքում "
                "տեղափոխումն անվճար է։",
            ),
            t(
                "City officials hope the line will ease traffic jams in winter, "
                "when temperatures can fall below minus thirty. Stations are "
                "heated and connected to shopping centres by covered walkways.",
                "В мэрии надеются, что линия разгрузит дороги зимой, когда мороз "
                "может превышать тридцать градусов. Станции отапливаются и "
                "соединены с торговыми центрами крытыми переходами.",
                "Քաղաքապետարանում հույս ունեն, որ գիծը կբեռնաթափի ճանապարհները "
                "ձմռանը, երբ ջերմաստիճանը կարող է իջնել մինուս երեսունից ցածր։ "
                "Կայանները ջեռուցվում են և ծածկված անցումներով միացված են առևտրի "
                "կենտրոններին։",
            ),
        ],
        "tags": [1],
    },
    {
        "headline": t(
            "Single tourist visa for Silk Road countries moves closer",
            "Единая туристическая виза для стран Шёлкового пути стала ближе",
            "Մետաքսի ճանապարհի երկրների միասնական զբոսաշրջային վիզան ավելի մոտ է դարձել",
        ),
        "lead": t(
            "Tourism ministers from Central Asia agreed on technical rules for a "
            "visa valid in several countries.",
            "Министры туризма стран Центральной Азии согласовали технические "
            "правила визы, действующей сразу в нескольких странах.",
            "Կենտրոնական Ասիայի երկրների զբոսաշրջության նախարարները համաձայնեցրել "
            "են միանգամից մի քանի երկրում գործող վիզայի տեխնիկական կանոնները։",
        ),
        "paragraphs": [
            t(
                "Travellers from countries that need a visa would apply once "
                "online and be able to cross the borders between participating "
                "states freely for thirty days. Tour operators say the idea could "
                "double the number of multi-country trips.",
                "Путешественникам из стран, которым нужна виза, достаточно будет "
                "один раз подать заявку онлайн, чтобы в течение тридцати дней "
                "свободно пересекать границы между странами-участницами. "
                "Туроператоры считают, что это может удвоить число поездок сразу в "
                "несколько стран.",
                "Այն երկրների ճանապարհորդները, որոնց վիզա է պետք, մեկ անգամ առցանց "
                "դիմելով՝ երեսուն օրվա ընթացքում կկարողանան ազատ հատել մասնակից "
                "երկրների սահմանները։ Տուրօպերատորները կարծում են, որ դա կարող է "
                "կրկնապատկել միանգամից մի քանի երկրներ կատարվող ուղևորությունների "
                "թիվը։",
            ),
            t(
                "Border services still need to link their databases, which may "
                "take a year. The first countries could start issuing the visa "
                "next season.",
                "Пограничным службам ещё предстоит связать свои базы данных, на "
                "что может уйти год. Первые страны могут начать выдавать такую "
                "визу уже в следующем сезоне.",
                "Սահմանային ծառայությունները դեռ պետք է միացնեն իրենց տվյալների "
                "բազաները, ինչը կարող է մեկ տարի տևել։ Առաջին երկրները կարող են "
                "նման վիզա տրամադրել արդեն հաջորդ սեզոնին։",
            ),
        ],
        "tags": [7],
    },
    {
        "headline": t(
            "Ferry service between Baku and Aktau switches to a fixed timetable",
            "Паромы между Баку и Актау перешли на постоянное расписание",
            "Բաքվի և Ակտաուի միջև լաստանավերն անցել են մշտական չվացուցակի",
        ),
        "lead": t(
            "Until now, ferries left only when they were full, and passengers "
            "sometimes waited days in port.",
            "Раньше паромы отправлялись, только когда заполнялись, и пассажиры "
            "иногда по нескольку дней ждали в порту.",
            "Նախկինում լաստանավերը մեկնում էին միայն լցվելուց հետո, և ուղևորները "
            "երբեմն օրերով սպասում էին նավահանգստում։",
        ),
        "paragraphs": [
            t(
                "Three ferries now sail on set days, and tickets can be bought "
                "online for the first time. The crossing takes about twenty hours, "
                "and cabins are available for passengers with cars.",
                "Теперь три парома ходят по определённым дням, а билеты впервые "
                "можно купить онлайн. Переправа длится около двадцати часов, для "
                "пассажиров с автомобилями есть каюты.",
                "Այժմ երեք լաստանավ նավարկում են որոշակի օրերին, և տոմսերն առաջին "
                "անգամ կարելի է գնել առցանց։ Անցումը տևում է մոտ քսան ժամ, իսկ "
                "մեքենայով ուղևորների համար կան նավախցիկներ։",
            ),
            t(
                "Truck drivers welcome the change, though bad weather can still "
                "delay departures. The shipping company plans to add a fourth "
                "vessel by the end of next year.",
                "Водители грузовиков приветствуют перемены, хотя непогода "
                "по-прежнему может задерживать отправление. Судоходная компания "
                "планирует до конца следующего года добавить четвёртое судно.",
                "Բեռնատարների վարորդները ողջունում են փոփոխությունները, թեև վատ "
                "եղանակը դեռ կարող է հետաձգել մեկնումը։ Նավագնացության "
                "ընկերությունը նախատեսում է մինչև հաջորդ տարվա վերջ ավելացնել "
                "չորրորդ նավը։",
            ),
        ],
        "tags": [1],
    },
    {
        "headline": t(
            "Tashkent industrial exhibition draws machine builders from across the "
            "region",
            "Промышленная выставка в Ташкенте собрала машиностроителей со всего региона",
            "Տաշքենդի արդյունաբերական ցուցահանդեսը համախմբել է տարածաշրջանի "
            "մեքենաշինողներին",
        ),
        "lead": t(
            "Buses, tractors, elevators and textile machinery made in Central Asia "
            "and the Caucasus are on show.",
            "На выставке представлены автобусы, тракторы, лифты и текстильное "
            "оборудование производства Центральной Азии и Кавказа.",
            "Ցուցահանդեսում ներկայացված են Կենտրոնական Ասիայում և Կովկասում "
            "արտադրված ավտոբուսներ, տրակտորներ, վերելակներ և տեքստիլ "
            "սարքավորումներ։",
        ),
        "paragraphs": [
            t(
                "Several companies signed supply contracts on the first day, "
                "including an order for electric buses for a city in Kazakhstan. "
                "Uzbek manufacturers showed a new line of tractors designed for "
                "small farms.",
                "В первый же день несколько компаний подписали контракты на "
                "поставки, в том числе на электробусы для одного из городов "
                "Казахстана. Узбекские производители показали новую линейку "
                "тракторов для небольших фермерских хозяйств.",
                "Առաջին իսկ օրը մի քանի ընկերություն մատակարարման պայմանագրեր են "
                "ստորագրել, այդ թվում՝ Ղազախստանի քաղաքներից մեկի համար էլեկտրական "
                "ավտոբուսների պատվեր։ Ուզբեկ արտադրողները ցուցադրել են փոքր "
                "ֆերմերային տնտեսությունների համար նախատեսված տրակտորների նոր "
                "շարք։",
            ),
            t(
                "Organisers say trade in machinery within the region is growing "
                "faster than imports from outside it. Technical colleges brought "
                "students to meet possible employers at the stands.",
                "По словам организаторов, торговля техникой внутри региона растёт "
                "быстрее, чем импорт извне. Технические колледжи привезли "
                "студентов, чтобы те познакомились у стендов с возможными "
                "работодателями.",
                "Կազմակերպիչների խոսքով՝ տեխնիկայի առևտուրը տարածաշրջանի ներսում "
                "աճում է ավելի արագ, քան ներմուծումը դրսից։ Տեխնիկական քոլեջները "
                "բերել էին ուսանողների, որպեսզի նրանք տաղավարներում ծանոթանան "
                "հնարավոր գործատուների հետ։",
            ),
        ],
        "tags": [10, 19],
    },
    {
        "headline": t(
            "Fewer seasonal workers leave Uzbekistan as jobs grow at home",
            "Всё меньше сезонных работников уезжает из Узбекистана: дома "
            "появляется работа",
            "Ուզբեկստանից ավելի քիչ սեզոնային աշխատողներ են մեկնում, քանի որ "
            "երկրում աշխատատեղեր են ավելանում",
        ),
        "lead": t(
            "Construction, textiles and tourism have created hundreds of thousands "
            "of jobs, the labour ministry says.",
            "По данным министерства труда, строительство, текстильная "
            "промышленность и туризм создали сотни тысяч рабочих мест.",
            "Աշխատանքի նախարարության տվյալներով՝ շինարարությունը, տեքստիլ "
            "արդյունաբերությունը և զբոսաշրջությունը ստեղծել են հարյուր հազարավոր "
            "աշխատատեղեր։",
        ),
        "paragraphs": [
            t(
                "Wages at home are still lower than abroad, but many families "
                "prefer to stay together. Recruitment agencies also report growing "
                "demand for Uzbek workers in South Korea and parts of Europe under "
                "official programmes.",
                "Зарплаты дома по-прежнему ниже, чем за рубежом, но многие семьи "
                "предпочитают не разлучаться. Кадровые агентства также отмечают "
                "растущий спрос на узбекских работников в Южной Корее и ряде "
                "европейских стран по официальным программам.",
                "Երկրում աշխատավարձերը դեռ ցածր են, քան արտասահմանում, սակայն շատ "
                "ընտանիքներ նախընտրում են չբաժանվել։ Աշխատանքի տեղավորման "
                "գործակալությունները նշում են նաև ուզբեկ աշխատողների աճող "
                "պահանջարկ Հարավային Կորեայում և եվրոպական մի շարք երկրներում՝ "
                "պաշտոնական ծրագրերով։",
            ),
            t(
                "The government offers free language and vocational courses to "
                "those planning to work abroad. Returning migrants can get small "
                "loans to start businesses in their home towns.",
                "Правительство предлагает бесплатные языковые и профессиональные "
                "курсы тем, кто собирается работать за границей. Вернувшиеся "
                "мигранты могут получить небольшие кредиты на открытие своего дела "
                "в родных городах.",
                "Կառավարությունն արտասահմանում աշխատելու մտադրություն ունեցողներին "
                "առաջարկում է անվճար լեզվի և մասնագիտական դասընթացներ։ Վերադարձած "
                "միգրանտները կարող են փոքր վարկեր ստանալ հայրենի քաղաքներում "
                "սեփական գործ սկսելու համար։",
            ),
        ],
        "tags": [22],
    },
    {
        "headline": t(
            "Young sturgeon released into the Caspian to restore wild stocks",
            "В Каспий выпустили молодь осетровых для восстановления диких популяций",
            "Կասպից ծով են բաց թողնվել թառափազգիների մանրաձկներ՝ վայրի "
            "պոպուլյացիաները վերականգնելու համար",
        ),
        "lead": t(
            "Hatcheries in the coastal countries released about two million "
            "fingerlings this spring.",
            "Этой весной рыбоводные заводы прикаспийских стран выпустили около "
            "двух миллионов мальков.",
            "Այս գարնանը ափամերձ երկրների ձկնաբուծական գործարանները բաց են թողել "
            "շուրջ երկու միլիոն մանրաձուկ։",
        ),
        "paragraphs": [
            t(
                "Wild sturgeon populations have collapsed because of poaching and "
                "dams that block their spawning routes. Commercial fishing for "
                "sturgeon remains banned across the Caspian.",
                "Дикие популяции осетровых резко сократились из-за браконьерства и "
                "плотин, перекрывших пути к нерестилищам. Промышленный лов "
                "осетровых на всём Каспии по-прежнему запрещён.",
                "Թառափազգիների վայրի պոպուլյացիաները կտրուկ կրճատվել են "
                "որսագողության և ձվադրման վայրերի ճանապարհները փակող ամբարտակների "
                "պատճառով։ Թառափազգիների արդյունաբերական որսը Կասպից ծովում "
                "շարունակում է արգելված մնալ։",
            ),
            t(
                "Scientists tag some of the young fish to learn how many survive "
                "to adulthood. Fisheries inspectors have stepped up patrols in "
                "river mouths during the spawning season.",
                "Учёные метят часть молоди, чтобы узнать, сколько рыб доживает до "
                "взрослого возраста. На время нереста рыбоохрана усилила "
                "патрулирование в устьях рек.",
                "Գիտնականները մանրաձկների մի մասը նշում են, որպեսզի պարզեն, թե "
                "քանիսն են հասնում հասուն տարիքի։ Ձվադրման շրջանում "
                "ձկնապահպանությունն ուժեղացրել է պարեկությունը գետաբերաններում։",
            ),
        ],
        "tags": [20, 9],
    },
]
