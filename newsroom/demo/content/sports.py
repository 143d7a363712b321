"""Sports: the section's stories, long reads first."""

from typing import Any

from .text import t

STORIES: list[dict[str, Any]] = [
    {
        "headline": t(
            "Home side claims a late victory in a tense football derby in {city}",
            "В {city_loc} хозяева вырвали победу в напряжённом футбольном дерби на "
            "последних минутах",
            "{city_loc} տանտերերը վերջին րոպեներին հաղթանակ են կորզել լարված "
            "ֆուտբոլային դերբիում",
        ),
        "lead": t(
            "The decisive goal came in stoppage time and sent the home side to the "
            "top of the league table.",
            "Решающий мяч был забит в добавленное время и вывел хозяев на первое "
            "место в турнирной таблице.",
            "Վճռորոշ գոլը խփվեց լրացուցիչ ժամանակում, և տանտերերը դուրս եկան "
            "մրցաշարային աղյուսակի առաջին հորիզոնական։",
        ),
        "paragraphs": [
            t(
                "For most of the match, the visitors defended deep and seemed "
                "content with a draw. The home team dominated possession but "
                "struggled to create clear chances against a well-organised back "
                "line.",
                "Большую часть матча гости плотно оборонялись и, похоже, были "
                "довольны ничьей. Хозяева владели мячом, но с трудом создавали "
                "чистые моменты против хорошо организованной обороны.",
                "Խաղի մեծ մասում հյուրերը խիտ պաշտպանվում էին և, թվում էր, գոհ էին "
                "ոչ-ոքիից։ Տանտերերը տիրապետում էին գնդակին, սակայն դժվարությամբ "
                "էին վտանգավոր պահեր ստեղծում լավ կազմակերպված պաշտպանության դեմ։",
            ),
            t(
                "The breakthrough came in the second minute of stoppage time, when "
                "a 19-year-old substitute headed in a corner from the left. The "
                "stadium erupted, and the young forward disappeared under a pile "
                "of teammates.",
                "Перелом наступил на второй добавленной минуте, когда 19-летний "
                "игрок, вышедший на замену, замкнул головой подачу углового слева. "
                "Стадион взорвался, а молодого нападающего облепили партнёры.",
                "Բեկումը տեղի ունեցավ լրացուցիչ ժամանակի երկրորդ րոպեին, երբ "
                "փոխարինման դուրս եկած 19-ամյա ֆուտբոլիստը գլխով ավարտեց ձախից "
                "կատարված անկյունային հարվածը։ Մարզադաշտը պայթեց ուրախությունից, "
                "իսկ երիտասարդ հարձակվողին շրջապատեցին թիմակիցները։",
            ),
            t(
                "The home coach praised his team's patience and said the "
                "substitution had been planned at half-time. The visiting coach "
                "admitted that his players had lost concentration in the closing "
                "minutes.",
                "Главный тренер хозяев похвалил команду за терпение и рассказал, "
                "что замена была запланирована ещё в перерыве. Наставник гостей "
                "признал, что его игроки потеряли концентрацию в концовке.",
                "Տանտերերի գլխավոր մարզիչը գովեց թիմին համբերատարության համար և "
                "պատմեց, որ փոխարինումը պլանավորված էր դեռ ընդմիջմանը։ Հյուրերի "
                "մարզիչը խոստովանեց, որ իր ֆուտբոլիստները վերջին րոպեներին կորցրել "
                "են կենտրոնացումը։",
            ),
            t(
                "Despite steady rain, the stadium in {city} was almost full, and "
                "fans of both clubs created a lively but peaceful atmosphere. "
                "Police reported no incidents before or after the match.",
                "Несмотря на моросящий дождь, стадион в {city_loc} был почти "
                "заполнен, а болельщики обеих команд создали яркую, но мирную "
                "атмосферу. Полиция сообщила, что ни до, ни после матча инцидентов "
                "не было.",
                "Չնայած մաղող անձրևին՝ {city_gen} մարզադաշտը գրեթե լեփ-լեցուն էր, "
                "իսկ երկու ակումբների երկրպագուները վառ, բայց խաղաղ մթնոլորտ էին "
                "ստեղծել։ Ոստիկանությունը հայտնեց, որ խաղից առաջ և հետո միջադեպեր "
                "չեն գրանցվել։",
            ),
            t(
                "With this win, the home side goes top of the table ahead of next "
                "week's away match. The visitors will try to bounce back at home "
                "against the league's newcomers.",
                "Благодаря этой победе хозяева возглавили турнирную таблицу перед "
                "выездным матчем на следующей неделе. Гости попытаются "
                "реабилитироваться дома в игре с новичком лиги.",
                "Այս հաղթանակի շնորհիվ տանտերերը գլխավորեցին մրցաշարային աղյուսակը "
                "հաջորդ շաբաթվա արտագնա խաղից առաջ։ Հյուրերը կփորձեն վերականգնվել "
                "տնային հանդիպումում՝ լիգայի նորեկի դեմ։",
            ),
        ],
        "subheading": t(
            "A substitute becomes the hero",
            "Герой вышел со скамейки",
            "Հերոսը դուրս եկավ պահեստայինների նստարանից",
        ),
        "quote": {
            "text": t(
                "We told him to attack the near post, and he did exactly that. "
                "This goal belongs to the whole squad.",
                "Мы сказали ему идти на ближнюю штангу, и он сделал именно это. "
                "Этот гол — заслуга всей команды.",
                "Մենք նրան ասացինք գնալ մոտակա ձողի ուղղությամբ, և նա հենց այդպես "
                "էլ արեց։ Այս գոլը ողջ թիմի վաստակն է։",
            ),
            "attribution": t(
                "Elchin Musayev, head coach of the home team",
                "Эльчин Мусаев, главный тренер хозяев",
                "Էլչին Մուսաև, տանտերերի գլխավոր մարզիչ",
            ),
        },
        "facts_title": t(
            "Match facts",
            "Детали матча",
            "Խաղի մանրամասները",
        ),
        "facts": [
            t(
                "Score: 1–0",
                "Счёт: 1:0",
                "Հաշիվը՝ 1:0",
            ),
            t(
                "Goal: second minute of stoppage time",
                "Гол: на второй добавленной минуте",
                "Գոլը՝ ավելացված ժամանակի երկրորդ րոպեին",
            ),
            t(
                "Scorer's age: 19",
                "Автору гола: 19 лет",
                "Գոլի հեղինակը՝ 19 տարեկան",
            ),
        ],
        "tags": [4, 17],
    },
    {
        "headline": t(
            "Wrestlers bring home medals from an international tournament in {city}",
            "Борцы завоевали медали на международном турнире в {city_loc}",
            "Ըմբիշները մեդալներ են նվաճել {city_loc} անցկացված միջազգային մրցաշարում",
        ),
        "lead": t(
            "The national team finished second in the overall standings, with two "
            "gold medals in freestyle wrestling.",
            "Сборная заняла второе место в общем зачёте, завоевав два золота в "
            "вольной борьбе.",
            "Հավաքականը զբաղեցրել է երկրորդ տեղը թիմային հաշվարկում՝ նվաճելով "
            "երկու ոսկե մեդալ ազատ ոճի ըմբշամարտում։",
        ),
        "paragraphs": [
            t(
                "The competition brought together wrestlers from more than twenty "
                "countries and was an important ranking event ahead of the "
                "continental championship. Freestyle and Greco-Roman medals were "
                "contested over three days.",
                "Соревнования собрали борцов из более чем двадцати стран и стали "
                "важным рейтинговым турниром перед континентальным чемпионатом. В "
                "течение трёх дней разыгрывались медали в вольной и греко-римской "
                "борьбе.",
                "Մրցումներին մասնակցում էին ավելի քան քսան երկրի ըմբիշներ, և դրանք "
                "կարևոր վարկանիշային մրցաշար էին մայրցամաքային առաջնությունից "
                "առաջ։ Երեք օրվա ընթացքում մեդալներ խաղարկվեցին ազատ ոճի և "
                "հունահռոմեական ըմբշամարտում։",
            ),
            t(
                "The first gold went to a 22-year-old in the 65 kg category, who "
                "won the final on points after a cautious first period. The second "
                "came at 86 kg, where the team captain finished his bout with a "
                "spectacular throw.",
                "Первое золото принёс 22-летний борец в весовой категории до 65 "
                "кг, выигравший финал по очкам после осторожного первого периода. "
                "Второе пришло в весе до 86 кг, где капитан сборной завершил "
                "схватку эффектным броском.",
                "Առաջին ոսկին նվաճեց 22-ամյա ըմբիշը 65 կգ քաշային կարգում, ով "
                "եզրափակիչում հաղթեց միավորներով՝ զգուշավոր առաջին շրջանից հետո։ "
                "Երկրորդը եկավ 86 կգ քաշային կարգում, որտեղ հավաքականի ավագը "
                "մենամարտն ավարտեց տպավորիչ նետումով։",
            ),
            t(
                "Greco-Roman wrestlers added a silver and three bronze medals. "
                "Coaches noted that several young athletes were competing at this "
                "level for the first time and looked confident.",
                "Борцы греко-римского стиля добавили в копилку серебро и три "
                "бронзы. Тренеры отметили, что несколько молодых спортсменов "
                "впервые выступали на таком уровне и держались уверенно.",
                "Հունահռոմեական ոճի ըմբիշները ավելացրին մեկ արծաթե և երեք բրոնզե "
                "մեդալ։ Մարզիչները նշեցին, որ մի քանի երիտասարդ մարզիկ առաջին "
                "անգամ էին հանդես գալիս այս մակարդակում և վստահ էին պահում իրենց։",
            ),
            t(
                "The arena in {city} was full on the final day, with many families "
                "bringing children who train at local wrestling schools. After the "
                "medal ceremony, the organisers held an open training session with "
                "the medallists. Hotels near the venue reported full occupancy "
                "throughout the tournament.",
                "В финальный день арена в {city_loc} была заполнена: многие семьи "
                "пришли с детьми, которые занимаются в местных школах борьбы. "
                "После церемонии награждения организаторы провели открытую "
                "тренировку с медалистами. Гостиницы рядом с ареной сообщили о "
                "полной загрузке на все дни турнира.",
                "Եզրափակիչ օրը {city_gen} մարզադահլիճը լեփ-լեցուն էր, և շատ "
                "ընտանիքներ եկել էին իրենց երեխաների հետ, որոնք մարզվում են "
                "տեղական ըմբշամարտի դպրոցներում։ Պարգևատրման արարողությունից հետո "
                "կազմակերպիչները բաց մարզում անցկացրին մեդալակիրների "
                "մասնակցությամբ։ Մարզադահլիճի մոտակա հյուրանոցները հայտնեցին, որ "
                "մրցաշարի բոլոր օրերին ամբողջությամբ զբաղված են եղել։",
            ),
            t(
                "The team now heads to a training camp in the mountains before the "
                "continental championship. The coaching staff will name the final "
                "squad after a series of control bouts.",
                "Теперь команде предстоит учебно-тренировочный сбор в горах перед "
                "континентальным чемпионатом. Окончательный состав тренерский штаб "
                "объявит после серии контрольных схваток.",
                "Այժմ թիմին սպասվում է ուսումնամարզական հավաք լեռներում՝ "
                "մայրցամաքային առաջնությունից առաջ։ Վերջնական կազմը մարզչական "
                "շտաբը կհայտարարի մի շարք ստուգողական մենամարտերից հետո։",
            ),
        ],
        "subheading": t(
            "Young wrestlers impress",
            "Молодёжь не подвела",
            "Երիտասարդները չհիասթափեցրին",
        ),
        "quote": {
            "text": t(
                "Medals are important, but what pleases me most is how calm our "
                "young athletes were on the mat.",
                "Медали важны, но больше всего меня радует, как спокойно держались "
                "на ковре наши молодые спортсмены.",
                "Մեդալները կարևոր են, բայց ինձ ամենից շատ ուրախացնում է այն, թե "
                "որքան հանգիստ էին մեր երիտասարդ մարզիկները գորգի վրա։",
            ),
            "attribution": t(
                "Namig Hajiyev, head coach of the national team",
                "Намиг Гаджиев, главный тренер сборной",
                "Նամիգ Հաջիև, հավաքականի գլխավոր մարզիչ",
            ),
        },
        "facts_title": t(
            "Team results",
            "Итоги выступления сборной",
            "Հավաքականի արդյունքները",
        ),
        "facts": [
            t(
                "Gold: 2, silver: 1, bronze: 3",
                "Золото: 2, серебро: 1, бронза: 3",
                "Ոսկի՝ 2, արծաթ՝ 1, բրոնզ՝ 3",
            ),
            t(
                "Overall standings: 2nd place",
                "Командный зачёт: 2-е место",
                "Թիմային հաշվարկ՝ 2-րդ տեղ",
            ),
            t(
                "Countries taking part: more than 20",
                "Стран-участниц: более 20",
                "Մասնակից երկրներ՝ ավելի քան 20",
            ),
        ],
        "tags": [16, 7],
        "source": t(
            "National Wrestling Federation",
            "Национальная федерация борьбы",
            "Ըմբշամարտի ազգային ֆեդերացիա",
        ),
    },
    {
        "headline": t(
            "Teenage player wins the open chess festival in {city}",
            "Юный шахматист выиграл открытый шахматный фестиваль в {city_loc}",
            "Պատանի շախմատիստը հաղթել է {city_gen} բաց շախմատային փառատոնում",
        ),
        "lead": t(
            "The 15-year-old finished ahead of several grandmasters in a field of "
            "160 players.",
            "15-летний шахматист опередил нескольких гроссмейстеров в турнире, "
            "собравшем 160 участников.",
            "15-ամյա շախմատիստն առաջ է անցել մի քանի գրոսմայստերից մրցաշարում, "
            "որին մասնակցում էր 160 խաղացող։",
        ),
        "paragraphs": [
            t(
                "The nine-round Swiss-system tournament was played over a week in "
                "the hall of the city chess club. The young winner scored seven "
                "and a half points and did not lose a single game.",
                "Турнир по швейцарской системе в девять туров прошёл за неделю в "
                "зале городского шахматного клуба. Юный победитель набрал семь с "
                "половиной очков и не проиграл ни одной партии.",
                "Շվեյցարական համակարգով ինը տուրից բաղկացած մրցաշարն անցկացվեց մեկ "
                "շաբաթվա ընթացքում քաղաքային շախմատային ակումբի դահլիճում։ "
                "Երիտասարդ հաղթողը վաստակեց յոթուկես միավոր և ոչ մի պարտիա "
                "չպարտվեց։",
            ),
            t(
                "His decisive win came in the penultimate round against the top "
                "seed, in a long endgame that lasted more than five hours. "
                "Spectators followed the game on large screens in the lobby.",
                "Решающую победу он одержал в предпоследнем туре над первым "
                "номером рейтинга — в затяжном эндшпиле, длившемся более пяти "
                "часов. Зрители следили за партией на больших экранах в фойе.",
                "Վճռորոշ հաղթանակը նա տարավ նախավերջին տուրում մրցաշարի "
                "վարկանիշային առաջին համարի նկատմամբ՝ ավելի քան հինգ ժամ տևած "
                "երկարատև էնդշպիլում։ Հանդիսատեսը պարտիային հետևում էր նախասրահի "
                "մեծ էկրաններին։",
            ),
            t(
                "The winner started playing at the age of six in a school chess "
                "club and now trains with a coach three times a week. He says he "
                "spends more time analysing his own mistakes than studying "
                "openings.",
                "Победитель начал играть в шесть лет в школьном кружке и сейчас "
                "занимается с тренером три раза в неделю. По его словам, разбору "
                "собственных ошибок он уделяет больше времени, чем изучению "
                "дебютов.",
                "Հաղթողը սկսել է խաղալ վեց տարեկանում՝ դպրոցական խմբակում, և այժմ "
                "շաբաթական երեք անգամ պարապում է մարզչի հետ։ Նրա խոսքով՝ սեփական "
                "սխալների վերլուծությանն ավելի շատ ժամանակ է հատկացնում, քան "
                "դեբյուտների ուսումնասիրությանը։",
            ),
            t(
                "The festival in {city} also featured a blitz tournament, a "
                "simultaneous exhibition for children and a lecture on the history "
                "of chess in the region. Organisers said the number of women and "
                "girls taking part had grown significantly.",
                "Фестиваль в {city_loc} включал также блиц-турнир, сеанс "
                "одновременной игры для детей и лекцию об истории шахмат в "
                "регионе. Организаторы отметили, что число участниц заметно "
                "выросло.",
                "{city_gen} փառատոնը ներառում էր նաև բլից մրցաշար, երեխաների համար "
                "միաժամանակյա խաղի սեանս և դասախոսություն տարածաշրջանում շախմատի "
                "պատմության մասին։ Կազմակերպիչները նշեցին, որ կին մասնակիցների "
                "թիվը զգալիորեն աճել է։",
            ),
            t(
                "The victory earns the young player a place in a strong "
                "international round-robin next spring. His coach believes he "
                "could meet the requirements for the grandmaster title by {year}.",
                "Победа принесла юному шахматисту место в сильном международном "
                "круговом турнире следующей весной. Его тренер считает, что к "
                "{year} году он сможет выполнить норматив гроссмейстера.",
                "Հաղթանակը պատանի շախմատիստին տեղ ապահովեց հաջորդ գարնանը "
                "կայանալիք ուժեղ միջազգային շրջանաձև մրցաշարում։ Նրա մարզիչը "
                "կարծում է, որ մինչև {year} թվականը նա կկարողանա կատարել "
                "գրոսմայստերի նորմատիվը։",
            ),
        ],
        "subheading": t(
            "A five-hour endgame",
            "Пятичасовой эндшпиль",
            "Հնգժամյա էնդշպիլ",
        ),
        "quote": {
            "text": t(
                "I did not think about my opponents' ratings, only about the "
                "position on the board.",
                "Я не думал о рейтинге соперников — только о позиции на доске.",
                "Ես չէի մտածում մրցակիցների վարկանիշի մասին, միայն՝ տախտակի դիրքի։",
            ),
            "attribution": t(
                "Tamerlan Sadigov, 15, winner of the festival",
                "Тамерлан Садыгов, 15 лет, победитель фестиваля",
                "Թամերլան Սադիգով, 15 տարեկան, փառատոնի հաղթող",
            ),
        },
        "facts_title": t(
            "Tournament facts",
            "О турнире",
            "Մրցաշարի մասին",
        ),
        "facts": [
            t(
                "Players: 160",
                "Участников: 160",
                "Մասնակիցներ՝ 160",
            ),
            t(
                "Winner's score: 7.5 out of 9",
                "Результат победителя: 7,5 очка из 9",
                "Հաղթողի արդյունքը՝ 7,5 միավոր 9-ից",
            ),
            t(
                "Format: Swiss system, nine rounds",
                "Формат: швейцарская система, девять туров",
                "Ձևաչափը՝ շվեյցարական համակարգ, ինը տուր",
            ),
        ],
        "tags": [15, 5],
        "source": t(
            "City chess club",
            "Городской шахматный клуб",
            "Քաղաքային շախմատային ակումբ",
        ),
    },
    {
        "headline": t(
            "Thousands of runners take part in the marathon in {city}",
            "Тысячи бегунов вышли на старт марафона в {city_loc}",
            "Հազարավոր վազորդներ մասնակցել են {city_gen} մարաթոնին",
        ),
        "lead": t(
            "Runners could choose the full distance, a half marathon or a family "
            "race, on a course through the main avenues and the historic centre.",
            "Участники могли выбрать полную дистанцию, полумарафон или семейный "
            "забег; трасса проходила по главным проспектам и историческому центру.",
            "Մասնակիցները կարող էին ընտրել ամբողջական տարածությունը, կիսամարաթոնը "
            "կամ ընտանեկան վազքը, իսկ երթուղին անցնում էր գլխավոր պողոտաներով և "
            "պատմական կենտրոնով։",
        ),
        "paragraphs": [
            t(
                "The race started early in the morning to avoid the heat. Streets "
                "in the centre were closed to traffic for several hours, and "
                "public transport ran on temporary routes.",
                "Старт дали рано утром, чтобы избежать жары. Улицы в центре были "
                "перекрыты для транспорта на несколько часов, а общественный "
                "транспорт курсировал по временным маршрутам.",
                "Մեկնարկը տրվեց վաղ առավոտյան՝ շոգից խուսափելու համար։ Կենտրոնի "
                "փողոցները մի քանի ժամով փակվեցին երթևեկության համար, իսկ "
                "հասարակական տրանսպորտը երթևեկում էր ժամանակավոր երթուղիներով։",
            ),
            t(
                "The men's race was won by a runner from a neighbouring country "
                "who pulled clear of the field over the last ten kilometres. In "
                "the women's race, a local schoolteacher took first place, "
                "improving her personal best by several minutes.",
                "У мужчин победил бегун из соседней страны, который оторвался от "
                "соперников на последних десяти километрах. У женщин первое место "
                "заняла местная школьная учительница, улучшившая личный рекорд на "
                "несколько минут.",
                "Տղամարդկանց մրցավազքում հաղթեց հարևան երկրից ժամանած վազորդը, ով "
                "վերջին տասը կիլոմետրում զգալիորեն առաջ անցավ մրցակիցներից։ Կանանց "
                "մրցավազքում առաջին տեղը զբաղեցրեց տեղացի դպրոցական ուսուցչուհին՝ "
                "մի քանի րոպեով բարելավելով իր անձնական ռեկորդը։",
            ),
            t(
                "Volunteers staffed the water stations, and medical teams were on "
                "duty along the course. Residents of {city} lined the streets with "
                "drums and homemade banners to cheer the runners on.",
                "На пунктах питания работали волонтёры, а вдоль трассы дежурили "
                "медицинские бригады. Жители {city_gen} выстроились вдоль улиц с "
                "барабанами и самодельными плакатами, чтобы поддержать бегунов.",
                "Ջրի կետերում աշխատում էին կամավորներ, իսկ երթուղու երկայնքով "
                "հերթապահում էին բժշկական խմբեր։ {city_gen} բնակիչները շարվել էին "
                "փողոցների երկայնքով՝ թմբուկներով և ձեռքով պատրաստված պաստառներով "
                "ոգևորելու վազորդներին։",
            ),
            t(
                "A separate start was organised for wheelchair athletes and for "
                "visually impaired runners, who ran alongside guides. The family "
                "race attracted many parents with children and even grandparents.",
                "Отдельный старт организовали для спортсменов на колясках и "
                "бегунов с нарушениями зрения, которые бежали вместе с "
                "сопровождающими. На семейный забег пришло много родителей с "
                "детьми и даже бабушек и дедушек.",
                "Առանձին մեկնարկ կազմակերպվեց անվասայլակով մարզիկների և "
                "տեսողության խնդիրներ ունեցող վազորդների համար, որոնք վազում էին "
                "ուղեկցորդների հետ։ Ընտանեկան վազքին մասնակցեցին բազմաթիվ ծնողներ՝ "
                "երեխաների, և նույնիսկ տատիկների ու պապիկների հետ։",
            ),
            t(
                "The organisers are already preparing for next year and plan to "
                "apply for international certification of the course. Registration "
                "for the {year} marathon will open in the winter.",
                "Организаторы уже готовятся к следующему забегу и намерены подать "
                "заявку на международную сертификацию трассы. Регистрация на "
                "марафон {year} года откроется зимой.",
                "Կազմակերպիչներն արդեն պատրաստվում են հաջորդ մրցավազքին և մտադիր "
                "են դիմել երթուղու միջազգային հավաստագրման համար։ {year} թվականի "
                "մարաթոնի գրանցումը կբացվի ձմռանը։",
            ),
        ],
        "subheading": t(
            "A teacher on the podium",
            "Учительница на пьедестале",
            "Ուսուցչուհին՝ պատվանդանին",
        ),
        "quote": {
            "text": t(
                "I run to school every morning, so today was simply a longer route "
                "than usual.",
                "Я каждое утро бегаю в школу, так что сегодня у меня был просто "
                "более длинный маршрут, чем обычно.",
                "Ես ամեն առավոտ վազելով եմ գնում դպրոց, այնպես որ այսօր պարզապես "
                "սովորականից ավելի երկար երթուղի էր։",
            ),
            "attribution": t(
                "Aysel Bayramova, winner of the women's race",
                "Айсель Байрамова, победительница женского забега",
                "Այսել Բայրամովա, կանանց մրցավազքի հաղթող",
            ),
        },
        "facts_title": t(
            "Race day",
            "О марафоне",
            "Մարաթոնի մասին",
        ),
        "facts": [
            t(
                "Distances: 42.2 km, 21.1 km and a family race",
                "Дистанции: 42,2 км, 21,1 км и семейный забег",
                "Հեռավորություններ՝ 42,2 կմ, 21,1 կմ և ընտանեկան վազք",
            ),
            t(
                "Volunteers: 800",
                "Волонтёров: 800",
                "Կամավորներ՝ 800",
            ),
            t(
                "Registration for {year} opens in winter",
                "Регистрация на {year} год откроется зимой",
                "{year} թվականի գրանցումը կբացվի ձմռանը",
            ),
        ],
        "tags": [6, 1, 7],
        "source": t(
            "Marathon organising committee",
            "Оргкомитет марафона",
            "Մարաթոնի կազմկոմիտե",
        ),
    },
    {
        "headline": t(
            "New sports complex in {city} to host youth football and wrestling schools",
            "В {city_loc} открылся спорткомплекс для детских футбольных и "
            "борцовских школ",
            "{city_loc} բացվել է մարզահամալիր՝ մանկական ֆուտբոլի և ըմբշամարտի "
            "դպրոցների համար",
        ),
        "lead": t(
            "The complex has two artificial-turf pitches and a wrestling hall, and "
            "420 children have already signed up for training.",
            "В комплексе два поля с искусственным покрытием и борцовский зал; на "
            "тренировки уже записались 420 детей.",
            "Համալիրում կան արհեստական ծածկույթով երկու դաշտ և ըմբշամարտի դահլիճ, "
            "իսկ մարզումներին արդեն գրանցվել է 420 երեխա։",
        ),
        "paragraphs": [
            t(
                "The complex was built on the site of an old stadium that had been "
                "closed for years. Besides the pitches and the wrestling hall, it "
                "has changing rooms, a small medical office and a stand for "
                "several hundred spectators.",
                "Комплекс построен на месте старого стадиона, много лет стоявшего "
                "закрытым. Помимо полей и борцовского зала, здесь есть раздевалки, "
                "небольшой медицинский кабинет и трибуна на несколько сотен "
                "зрителей.",
                "Համալիրը կառուցվել է երկար տարիներ փակ մնացած հին մարզադաշտի "
                "տեղում։ Դաշտերից և ըմբշամարտի դահլիճից բացի՝ այստեղ կան "
                "հանդերձարաններ, փոքր բուժկետ և մի քանի հարյուր հանդիսատեսի համար "
                "նախատեսված տրիբունա։",
            ),
            t(
                "Training for children will be free, and kit will be provided to "
                "families who cannot afford it. Coaches were chosen through an "
                "open competition, and several former national team players are "
                "among them.",
                "Занятия для детей будут бесплатными, а семьям, которые не могут "
                "позволить себе экипировку, её предоставят. Тренеров отбирали на "
                "открытом конкурсе, среди них — несколько бывших игроков сборной.",
                "Երեխաների համար պարապմունքներն անվճար կլինեն, իսկ այն "
                "ընտանիքներին, որոնք չեն կարող իրենց թույլ տալ մարզահանդերձանք, "
                "այն կտրամադրվի։ Մարզիչներն ընտրվել են բաց մրցույթով, և նրանց "
                "թվում են հավաքականի մի քանի նախկին խաղացողներ։",
            ),
            t(
                "Officials in {city} say the complex is part of a wider plan to "
                "give every district access to modern sports facilities. During "
                "the day, nearby schools will use the pitches for physical "
                "education lessons.",
                "В администрации {city_gen} говорят, что комплекс — часть более "
                "широкого плана, цель которого — обеспечить каждый район "
                "современными спортивными объектами. Днём поля будут использовать "
                "близлежащие школы для уроков физкультуры.",
                "{city_gen} վարչակազմում ասում են, որ համալիրն ավելի լայն ծրագրի "
                "մաս է, որի նպատակն է յուրաքանչյուր թաղամաս ապահովել ժամանակակից "
                "մարզական օբյեկտներով։ Ցերեկը դաշտերից կօգտվեն մոտակա դպրոցները՝ "
                "ֆիզկուլտուրայի դասերի համար։",
            ),
            t(
                "Parents at the opening said the nearest proper pitch used to be a "
                "long bus ride away. Some children tried on their new kit straight "
                "away and played a friendly match on the very first evening.",
                "Родители на церемонии открытия рассказали, что раньше до "
                "ближайшего нормального поля приходилось долго ехать на автобусе. "
                "Некоторые дети сразу же примерили новую форму и в первый же вечер "
                "сыграли товарищеский матч.",
                "Բացման արարողությանը ներկա ծնողները պատմեցին, որ նախկինում մոտակա "
                "պատշաճ դաշտին հասնելու համար պետք էր երկար ճանապարհ անցնել "
                "ավտոբուսով։ Որոշ երեխաներ անմիջապես փորձեցին իրենց նոր "
                "մարզահագուստը և առաջին իսկ երեկոյան ընկերական խաղ անցկացրին։",
            ),
            t(
                "A swimming pool is planned as the second phase of the project, "
                "with construction expected to begin in {year}. The complex will "
                "also host regional youth competitions during the school holidays.",
                "Вторым этапом проекта предусмотрен плавательный бассейн, "
                "строительство которого должно начаться в {year} году. В школьные "
                "каникулы в комплексе будут проходить региональные юношеские "
                "соревнования.",
                "Նախագծի երկրորդ փուլում նախատեսված է լողավազան, որի "
                "շինարարությունը պետք է սկսվի {year} թվականին։ Դպրոցական "
                "արձակուրդների ժամանակ համալիրում կանցկացվեն տարածաշրջանային "
                "պատանեկան մրցումներ։",
            ),
        ],
        "subheading": t(
            "Free training for every child",
            "Бесплатные тренировки для каждого ребёнка",
            "Անվճար մարզումներ յուրաքանչյուր երեխայի համար",
        ),
        "quote": {
            "text": t(
                "There is talent in every courtyard; our job is to give it a place "
                "to grow.",
                "Таланты есть в каждом дворе, наша задача — дать им место, где они "
                "смогут расти.",
                "Տաղանդներ կան յուրաքանչյուր բակում, և մեր խնդիրն է նրանց տալ "
                "աճելու վայր։",
            ),
            "attribution": t(
                "Ramil Zeynalov, director of the sports complex",
                "Рамиль Зейналов, директор спорткомплекса",
                "Ռամիլ Զեյնալով, մարզահամալիրի տնօրեն",
            ),
        },
        "facts_title": t(
            "About the complex",
            "О комплексе",
            "Համալիրի մասին",
        ),
        "facts": [
            t(
                "Children enrolled: 420",
                "Записано детей: 420",
                "Գրանցված երեխաներ՝ 420",
            ),
            t(
                "Facilities: two pitches and a wrestling hall",
                "В комплексе: два поля и борцовский зал",
                "Համալիրում՝ երկու դաշտ և ըմբշամարտի դահլիճ",
            ),
            t(
                "Swimming pool construction: from {year}",
                "Строительство бассейна: с {year} года",
                "Լողավազանի շինարարություն՝ {year} թվականից",
            ),
        ],
        "tags": [4, 16, 19],
        "source": t(
            "Telegram channel of the city administration",
            "Telegram-канал городской администрации",
            "Քաղաքապետարանի Telegram ալիք",
        ),
    },
    {
        "headline": t(
            "Futsal side reaches the European Cup semi-finals",
            "Клуб по мини-футболу вышел в полуфинал Кубка Европы",
            "Ֆուտզալի ակումբը դուրս է եկել Եվրոպայի գավաթի կիսաեզրափակիչ",
        ),
        "lead": t(
            "A 4-2 win over the Portuguese champions sent the team into the last "
            "four for the first time in eight years.",
            "Победа над чемпионом Португалии со счётом 4:2 впервые за восемь лет "
            "вывела команду в четвёрку сильнейших.",
            "Պորտուգալիայի չեմպիոնի նկատմամբ 4:2 հաշվով հաղթանակը թիմին ութ տարվա "
            "մեջ առաջին անգամ դուրս է բերել ուժեղագույն քառյակ։",
        ),
        "paragraphs": [
            t(
                "The team trailed at half-time but scored three goals in the space "
                "of six minutes after the break. Their goalkeeper saved a penalty "
                "with the score at 3-2.",
                "К перерыву команда уступала, но после него за шесть минут забила "
                "три мяча. При счёте 3:2 вратарь отразил пенальти.",
                "Ընդմիջմանը թիմը զիջում էր, սակայն դրանից հետո վեց րոպեում երեք "
                "գոլ խփեց։ 3:2 հաշվի դեպքում դարպասապահը հետ մղեց "
                "տասնմեկմետրանոցը։",
            ),
            t(
                "The semi-finals and final will be played over one weekend in "
                "Spain next month. The club has asked the federation for help with "
                "travel costs for supporters.",
                "Полуфиналы и финал пройдут в один уик-энд в Испании в следующем "
                "месяце. Клуб попросил федерацию помочь болельщикам с расходами на "
                "поездку.",
                "Կիսաեզրափակիչներն ու եզրափակիչը կանցկացվեն մեկ հանգստյան օրերի "
                "ընթացքում Իսպանիայում՝ հաջորդ ամիս։ Ակումբը ֆեդերացիային խնդրել է "
                "օգնել երկրպագուներին ճանապարհածախսի հարցում։",
            ),
        ],
        "tags": [4],
    },
    {
        "headline": t(
            "Judoka takes gold at the Grand Slam in Paris",
            "Дзюдоист завоевал золото турнира Большого шлема в Париже",
            "Ձյուդոիստը ոսկե մեդալ է նվաճել Փարիզի «Մեծ սաղավարտի» մրցաշարում",
        ),
        "lead": t(
            "The 22-year-old won all five of his bouts in the under-73-kilogram "
            "category, three of them by ippon.",
            "22-летний спортсмен выиграл все пять схваток в категории до 73 кг, "
            "три из них — чистой победой.",
            "22-ամյա մարզիկը հաղթել է 73 կգ քաշային կարգում իր բոլոր հինգ "
            "մենամարտերում, որոնցից երեքում՝ մաքուր հաղթանակով։",
        ),
        "paragraphs": [
            t(
                "In the final he beat the reigning world champion with a throw in "
                "the last ten seconds. It is his first gold medal at a Grand Slam "
                "event after two bronzes last season.",
                "В финале он бросил действующего чемпиона мира за десять секунд до "
                "конца схватки. Это его первое золото на турнирах Большого шлема "
                "после двух бронз в прошлом сезоне.",
                "Եզրափակչում նա մենամարտի ավարտից տասը վայրկյան առաջ նետել է "
                "գործող աշխարհի չեմպիոնին։ Սա նրա առաջին ոսկին է «Մեծ սաղավարտի» "
                "մրցաշարերում՝ անցյալ մրցաշրջանի երկու բրոնզից հետո։",
            ),
            t(
                "The result lifts him into the world's top five in his weight "
                "category. His coach said the next goal was the European "
                "Championships in May.",
                "Этот результат поднял его в пятёрку лучших в мире в своей весовой "
                "категории. Тренер сказал, что следующая цель — чемпионат Европы в "
                "мае.",
                "Այս արդյունքը նրան բարձրացրել է իր քաշային կարգի աշխարհի "
                "լավագույն հնգյակ։ Մարզիչն ասել է, որ հաջորդ նպատակը մայիսյան "
                "Եվրոպայի առաջնությունն է։",
            ),
        ],
        "tags": [16],
    },
    {
        "headline": t(
            "Women's volleyball title goes to the capital's club after a five-set final",
            "Чемпионом страны по волейболу среди женщин стал столичный клуб, "
            "выигравший финал в пяти сетах",
            "Կանանց վոլեյբոլի չեմպիոնի տիտղոսը նվաճել է մայրաքաղաքի ակումբը՝ "
            "հաղթելով հինգ խաղամասանոց եզրափակչում",
        ),
        "lead": t(
            "The deciding match lasted more than two hours and ended 15-13 in the "
            "tie-break.",
            "Решающий матч длился более двух часов и завершился со счётом 15:13 на "
            "тай-брейке.",
            "Վճռորոշ խաղը տևել է ավելի քան երկու ժամ և ավարտվել է 15:13 հաշվով "
            "թայ-բրեյքում։",
        ),
        "paragraphs": [
            t(
                "The hall was sold out, and many fans had queued since morning. "
                "The winning team's captain, who plans to retire at the end of the "
                "season, was named the most valuable player of the final.",
                "Зал был заполнен до отказа, многие болельщики стояли в очереди с "
                "утра. Капитан команды-победительницы, которая собирается "
                "завершить карьеру по окончании сезона, признана самым ценным "
                "игроком финала.",
                "Դահլիճը լեփ-լեցուն էր, և շատ երկրպագուներ առավոտից հերթ էին "
                "կանգնել։ Հաղթող թիմի ավագը, որը մտադիր է մրցաշրջանի ավարտին "
                "ավարտել կարիերան, ճանաչվել է եզրափակչի ամենաարժեքավոր խաղացող։",
            ),
            t(
                "The club will represent the country in the European Champions "
                "League next season. The league plans to expand to ten teams and "
                "to show all matches online.",
                "В следующем сезоне клуб представит страну в европейской Лиге "
                "чемпионов. Лига планирует расшириться до десяти команд и "
                "транслировать все матчи онлайн.",
                "Հաջորդ մրցաշրջանում ակումբը երկիրը կներկայացնի Եվրոպայի "
                "Չեմպիոնների լիգայում։ Լիգան նախատեսում է ընդլայնվել մինչև տասը "
                "թիմ և բոլոր խաղերը հեռարձակել առցանց։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Trampoline gymnasts win two medals at the World Cup in Baku",
            "Батутисты завоевали две медали на этапе Кубка мира в Баку",
            "Բատուտիստները Բաքվում կայացած Աշխարհի գավաթի փուլում երկու մեդալ են նվաճել",
        ),
        "lead": t(
            "A silver in the individual event and a bronze in synchronised jumping "
            "were the home team's best result at the stage so far.",
            "Серебро в индивидуальных прыжках и бронза в синхронных стали лучшим "
            "результатом хозяев на этапе за всё время.",
            "Անհատական ցատկերում արծաթը և սինխրոն ցատկերում բրոնզը դարձել են "
            "տանտերերի լավագույն արդյունքը այս փուլում երբևէ։",
        ),
        "paragraphs": [
            t(
                "More than 250 gymnasts from 30 countries competed over three days "
                "at the national gymnastics arena. The trampoline events drew the "
                "largest crowds, with many families and young gymnasts in the "
                "stands.",
                "Более 250 гимнастов из 30 стран три дня выступали на Национальной "
                "арене гимнастики. Больше всего зрителей собрали соревнования на "
                "батуте: на трибунах было много семей и юных гимнастов.",
                "Ավելի քան 250 մարմնամարզիկ 30 երկրից երեք օր մրցել են "
                "մարմնամարզության ազգային մարզադահլիճում։ Ամենաշատ հանդիսատեսին "
                "հավաքել են բատուտի մրցումները, և տրիբունաներում կային բազմաթիվ "
                "ընտանիքներ և պատանի մարմնամարզիկներ։",
            ),
            t(
                "The federation hopes the results will bring more children to "
                "trampoline clubs, which are still few outside the capital. The "
                "arena will host the European Championships next year.",
                "Федерация надеется, что результаты привлекут больше детей в "
                "секции прыжков на батуте, которых за пределами столицы пока "
                "немного. В следующем году арена примет чемпионат Европы.",
                "Ֆեդերացիան հույս ունի, որ արդյունքները ավելի շատ երեխաների կբերեն "
                "բատուտի խմբակներ, որոնք մայրաքաղաքից դուրս դեռ քիչ են։ Հաջորդ "
                "տարի մարզադահլիճը կհյուրընկալի Եվրոպայի առաջնությունը։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Chess federation names its Olympiad team, with two newcomers",
            "Федерация шахмат объявила состав на Олимпиаду: в команде два новичка",
            "Շախմատի ֆեդերացիան հայտարարել է Օլիմպիադայի կազմը՝ երկու նորեկով",
        ),
        "lead": t(
            "An 18-year-old grandmaster and a 16-year-old international master "
            "join three experienced players.",
            "К трём опытным шахматистам присоединились 18-летний гроссмейстер и "
            "16-летний международный мастер.",
            "Երեք փորձառու շախմատիստներին միացել են 18-ամյա գրոսմայստերը և 16-ամյա "
            "միջազգային վարպետը։",
        ),
        "paragraphs": [
            t(
                "The coach said the newcomers had earned their places with strong "
                "results in open tournaments this year. The team will spend three "
                "weeks at a training camp before the Olympiad.",
                "Тренер отметил, что новички заслужили места сильными "
                "выступлениями на открытых турнирах этого года. Перед Олимпиадой "
                "команда проведёт три недели на сборах.",
                "Մարզիչը նշել է, որ նորեկները իրենց տեղերը վաստակել են այս տարվա "
                "բաց մրցաշարերում հաջող ելույթներով։ Օլիմպիադայից առաջ թիմը երեք "
                "շաբաթ կանցկացնի հավաքում։",
            ),
            t(
                "The women's team has also been announced and includes last year's "
                "national champion. Both teams are aiming for the top ten.",
                "Объявлен и состав женской сборной, в которую вошла прошлогодняя "
                "чемпионка страны. Обе команды нацелены на попадание в первую "
                "десятку.",
                "Հայտարարվել է նաև կանանց հավաքականի կազմը, որում ընդգրկված է "
                "անցյալ տարվա երկրի չեմպիոնուհին։ Երկու թիմերն էլ նպատակ ունեն "
                "հայտնվել առաջին տասնյակում։",
            ),
        ],
        "tags": [15],
    },
    {
        "headline": t(
            "National team coach calls up three uncapped players for the qualifiers",
            "Главный тренер сборной вызвал на отборочные матчи трёх дебютантов",
            "Հավաքականի գլխավոր մարզիչը ընտրական խաղերին է հրավիրել երեք նորեկի",
        ),
        "lead": t(
            "The squad for the next two World Cup qualifiers mixes experienced "
            "defenders with young attackers from the domestic league.",
            "В заявку на два ближайших отборочных матча чемпионата мира вошли "
            "опытные защитники и молодые нападающие из национального чемпионата.",
            "Աշխարհի առաջնության առաջիկա երկու ընտրական խաղերի հայտում ընդգրկված "
            "են փորձառու պաշտպաններ և ներքին առաջնության երիտասարդ հարձակվողներ։",
        ),
        "paragraphs": [
            t(
                "The three newcomers are all under 21 and play regularly for their "
                "clubs. The coach said he wanted to see them train with the squad "
                "before deciding who will start.",
                "Всем трём новичкам меньше 21 года, и все они регулярно играют за "
                "свои клубы. Тренер сказал, что хочет посмотреть на них на "
                "тренировках, прежде чем решать, кто выйдет в стартовом составе.",
                "Երեք նորեկներն էլ 21 տարեկանից փոքր են և կանոնավոր խաղում են "
                "իրենց ակումբներում։ Մարզիչն ասել է, որ ցանկանում է նրանց տեսնել "
                "մարզումներում, նախքան որոշելը, թե ով դուրս կգա հիմնական կազմով։",
            ),
            t(
                "The team plays at home on Friday and away the following Tuesday. "
                "Tickets for the home game go on sale online on Monday.",
                "Команда сыграет дома в пятницу, а в следующий вторник — на "
                "выезде. Билеты на домашний матч поступят в онлайн-продажу в "
                "понедельник.",
                "Թիմը ուրբաթ կխաղա իր հարկի տակ, իսկ հաջորդ երեքշաբթի՝ արտագնա "
                "խաղ։ Տնային խաղի տոմսերը առցանց վաճառքի կհանվեն երկուշաբթի։",
            ),
        ],
        "tags": [4],
    },
    {
        "headline": t(
            "Seventeen-year-old boxer becomes European youth champion",
            "17-летний боксёр стал чемпионом Европы среди юношей",
            "17-ամյա բռնցքամարտիկը դարձել է պատանիների Եվրոպայի չեմպիոն",
        ),
        "lead": t(
            "He won the final in the 60-kilogram category by unanimous decision "
            "after three even rounds.",
            "В финале в категории до 60 кг он победил единогласным решением судей "
            "после трёх равных раундов.",
            "Եզրափակչում 60 կգ քաշային կարգում նա հաղթել է մրցավարների միաձայն "
            "որոշմամբ՝ երեք հավասար ռաունդից հետո։",
        ),
        "paragraphs": [
            t(
                "The boxer started training six years ago at a small club in "
                "Sumgait, where his father also coaches. He says he watches "
                "recordings of his fights every evening to correct mistakes.",
                "Боксёр начал тренироваться шесть лет назад в небольшом клубе в "
                "Сумгайыте, где тренирует и его отец. По его словам, каждый вечер "
                "он пересматривает записи своих боёв, чтобы исправлять ошибки.",
                "Բռնցքամարտիկը սկսել է մարզվել վեց տարի առաջ Սումգայիթի փոքր "
                "ակումբում, որտեղ մարզում է նաև նրա հայրը։ Նրա խոսքով՝ ամեն երեկո "
                "դիտում է իր մենամարտերի տեսագրությունները՝ սխալներն ուղղելու "
                "համար։",
            ),
            t(
                "The team returned home with five medals in total. The federation "
                "plans to move its most promising juniors to the senior training "
                "group next year.",
                "Всего команда привезла домой пять медалей. В следующем году "
                "федерация планирует перевести самых перспективных юниоров в "
                "основную тренировочную группу.",
                "Ընդհանուր առմամբ թիմը տուն է վերադարձել հինգ մեդալով։ Հաջորդ տարի "
                "ֆեդերացիան նախատեսում է ամենահեռանկարային պատանիներին տեղափոխել "
                "մեծահասակների հիմնական մարզախումբ։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Taekwondo athletes bring home two medals from a Grand Prix",
            "Тхэквондисты привезли две медали с турнира Гран-при",
            "Թեքվոնդոյի մարզիկները Գրան պրիի մրցաշարից երկու մեդալ են բերել",
        ),
        "lead": t(
            "A silver and a bronze in the lighter categories have improved the "
            "team's chances of qualifying for the next Olympic Games.",
            "Серебро и бронза в лёгких весовых категориях повысили шансы команды "
            "на олимпийскую лицензию.",
            "Թեթև քաշային կարգերում արծաթն ու բրոնզը բարձրացրել են թիմի "
            "հնարավորությունները օլիմպիական ուղեգիր նվաճելու համար։",
        ),
        "paragraphs": [
            t(
                "The silver medallist lost the final by a single point after a "
                "late head kick by her opponent. The bronze came in the men's "
                "under-58-kilogram category.",
                "Обладательница серебра уступила в финале одно очко после удара "
                "соперницы в голову в самом конце поединка. Бронза завоёвана в "
                "мужской категории до 58 кг.",
                "Արծաթե մեդալակիրը պարտվել է եզրափակչում մեկ միավորի "
                "տարբերությամբ՝ մրցակցի կողմից գլխին ուղղված վերջին պահի հարվածից "
                "հետո։ Բրոնզը նվաճվել է տղամարդկանց մինչև 58 կգ քաշային կարգում։",
            ),
            t(
                "The team now travels to a training camp in South Korea. Ranking "
                "points from the Grand Prix series decide who receives direct "
                "Olympic places.",
                "Теперь команда отправится на сборы в Южную Корею. Рейтинговые "
                "очки серии Гран-при определяют, кто получит прямые олимпийские "
                "лицензии.",
                "Այժմ թիմը կմեկնի հավաքի Հարավային Կորեա։ Գրան պրիի շարքի "
                "վարկանիշային միավորներով է որոշվում, թե ով կստանա ուղիղ "
                "օլիմպիական ուղեգրեր։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "International cycling race finishes in the old town of Shaki",
            "Международная велогонка финишировала в исторической части Шеки",
            "Միջազգային հեծանվամրցավազքն ավարտվել է Շաքիի հին քաղաքում",
        ),
        "lead": t(
            "The five-day race covered more than 700 kilometres through the "
            "mountains and foothills of the north.",
            "За пять дней гонщики преодолели более 700 километров по горам и "
            "предгорьям севера.",
            "Հինգ օրում հեծանվորդները հաղթահարել են ավելի քան 700 կիլոմետր "
            "հյուսիսի լեռներով և նախալեռներով։",
        ),
        "paragraphs": [
            t(
                "The final stage ended with a steep climb on cobbled streets to "
                "the Khan's Palace. A rider from a Belgian team won the overall "
                "classification, and a local cyclist finished fourth in the "
                "mountain competition.",
                "Заключительный этап завершился крутым подъёмом по брусчатке к "
                "Ханскому дворцу. Общий зачёт выиграл гонщик бельгийской команды, "
                "а местный велосипедист занял четвёртое место в горной "
                "классификации.",
                "Եզրափակիչ փուլն ավարտվել է սալահատակ փողոցներով դեպի Խանի պալատ "
                "տանող զառիթափ վերելքով։ Ընդհանուր հաշվարկում հաղթել է բելգիական "
                "թիմի հեծանվորդը, իսկ տեղացի հեծանվորդը չորրորդն է եղել լեռնային "
                "դասակարգման մեջ։",
            ),
            t(
                "Thousands of spectators lined the route, and schools in several "
                "villages gave pupils time off to watch. Organisers want to add a "
                "women's race next year.",
                "Вдоль трассы собрались тысячи зрителей, а школы в нескольких "
                "сёлах отпустили учеников посмотреть гонку. В следующем году "
                "организаторы хотят добавить женскую гонку.",
                "Երթուղու երկայնքով հավաքվել էին հազարավոր հանդիսատեսներ, իսկ մի "
                "քանի գյուղերի դպրոցներ աշակերտներին ազատել էին դասերից՝ մրցավազքը "
                "դիտելու համար։ Հաջորդ տարի կազմակերպիչները ցանկանում են ավելացնել "
                "կանանց մրցավազք։",
            ),
        ],
        "tags": [7],
    },
    {
        "headline": t(
            "Weightlifter breaks a national record that stood for fifteen years",
            "Тяжелоатлет побил национальный рекорд, продержавшийся пятнадцать лет",
            "Ծանրամարտիկը գերազանցել է տասնհինգ տարի անխախտ մնացած ազգային ռեկորդը",
        ),
        "lead": t(
            "He lifted 187 kilograms in the clean and jerk at the national "
            "championships in Ganja.",
            "На чемпионате страны в Гяндже он поднял в толчке 187 килограммов.",
            "Գյանջայում անցկացված երկրի առաջնությունում նա հրումով բարձրացրել է "
            "187 կիլոգրամ։",
        ),
        "paragraphs": [
            t(
                "The lift came on his third and final attempt, and the hall "
                "erupted when the referees confirmed it. The previous record was "
                "set by his current coach.",
                "Рекордный вес покорился ему в третьей, последней попытке, и зал "
                "взорвался, когда судьи её засчитали. Прежний рекорд принадлежал "
                "его нынешнему тренеру.",
                "Ռեկորդային քաշը նա բարձրացրել է երրորդ՝ վերջին փորձով, և դահլիճը "
                "պայթել է ծափահարություններից, երբ մրցավարները հաշվել են այն։ "
                "Նախորդ ռեկորդը պատկանում էր նրա ներկայիս մարզչին։",
            ),
            t(
                "The championships were also the first competition held under the "
                "federation's new anti-doping programme, with testing of all "
                "medallists.",
                "Чемпионат также стал первым турниром, прошедшим по новой "
                "антидопинговой программе федерации: все призёры прошли "
                "тестирование.",
                "Առաջնությունը նաև առաջին մրցաշարն էր, որն անցկացվել է ֆեդերացիայի "
                "նոր հակադոպինգային ծրագրով, և բոլոր մեդալակիրներն անցել են "
                "թեստավորում։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Mountain running race draws 600 runners to the slopes above Gabala",
            "Горный забег собрал 600 бегунов на склонах над Габалой",
            "Լեռնային վազքը Գաբալայի լանջերին հավաքել է 600 վազորդի",
        ),
        "lead": t(
            "Runners chose between 12 and 35 kilometres on trails that climb to "
            "more than 2,000 metres.",
            "Участники выбирали дистанцию от 12 до 35 километров по тропам, "
            "поднимающимся выше 2000 метров.",
            "Մասնակիցներն ընտրել են 12-ից 35 կիլոմետր տարածություն 2000 մետրից "
            "բարձր բարձրացող արահետներով։",
        ),
        "paragraphs": [
            t(
                "The longest course crossed two passes and a beech forest, and the "
                "winner finished in just under four hours. Volunteers from the "
                "local mountain rescue service staffed the checkpoints.",
                "Самая длинная трасса проходила через два перевала и буковый лес, "
                "а победитель финишировал чуть менее чем за четыре часа. На "
                "контрольных пунктах дежурили волонтёры местной горноспасательной "
                "службы.",
                "Ամենաերկար երթուղին անցնում էր երկու լեռնանցքով և հաճարենու "
                "անտառով, իսկ հաղթողն ավարտել է չորս ժամից մի փոքր պակաս "
                "ժամանակում։ Ստուգման կետերում հերթապահել են տեղի լեռնափրկարար "
                "ծառայության կամավորները։",
            ),
            t(
                "Guest houses in the area were fully booked for the weekend. "
                "Organisers limit the number of participants to protect the trails "
                "and collect all rubbish along the route.",
                "Гостевые дома в округе были заняты на все выходные. Чтобы беречь "
                "тропы, организаторы ограничивают число участников и собирают весь "
                "мусор на трассе.",
                "Շրջակայքի հյուրատները ողջ հանգստյան օրերին զբաղված էին։ "
                "Արահետները պահպանելու համար կազմակերպիչները սահմանափակում են "
                "մասնակիցների թիվը և հավաքում են երթուղու ողջ աղբը։",
            ),
        ],
        "tags": [7],
    },
    {
        "headline": t(
            "Two national records fall at the swimming championships in the new pool",
            "На чемпионате по плаванию в новом бассейне побиты два национальных рекорда",
            "Նոր լողավազանում անցկացված լողի առաջնությունում գերազանցվել է երկու "
            "ազգային ռեկորդ",
        ),
        "lead": t(
            "The 50-metre pool, opened in the spring, meets the standards for "
            "international competitions.",
            "Пятидесятиметровый бассейн, открытый весной, соответствует "
            "требованиям международных соревнований.",
            "Գարնանը բացված հիսունմետրանոց լողավազանը համապատասխանում է միջազգային "
            "մրցումների պահանջներին։",
        ),
        "paragraphs": [
            t(
                "Records were set in the women's 200 metres butterfly and the "
                "men's 100 metres breaststroke. Coaches say the faster times are "
                "partly due to the new pool, which is deeper and keeps waves down.",
                "Рекорды установлены на дистанции 200 метров баттерфляем у женщин "
                "и 100 метров брассом у мужчин. Тренеры говорят, что результаты "
                "улучшились отчасти благодаря новому бассейну: он глубже и лучше "
                "гасит волны.",
                "Ռեկորդներ են սահմանվել կանանց 200 մետր բատերֆլայ և տղամարդկանց "
                "100 մետր բրաս տարածություններում։ Մարզիչների խոսքով՝ արդյունքները "
                "բարելավվել են մասամբ նոր լողավազանի շնորհիվ, որն ավելի խորն է և "
                "ավելի լավ է մարում ալիքները։",
            ),
            t(
                "The pool is open to the public in the mornings and evenings, with "
                "lanes reserved for schools during the day. The federation hopes "
                "to host a European junior event within two years.",
                "Утром и вечером бассейн открыт для всех желающих, а днём дорожки "
                "отведены для школ. Федерация надеется в течение двух лет провести "
                "здесь юниорские европейские соревнования.",
                "Առավոտյան և երեկոյան լողավազանը բաց է բոլորի համար, իսկ ցերեկը "
                "ուղիները հատկացված են դպրոցներին։ Ֆեդերացիան հույս ունի երկու "
                "տարվա ընթացքում այստեղ անցկացնել պատանիների եվրոպական մրցումներ։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Basketball club appoints a Serbian coach to rebuild the team",
            "Баскетбольный клуб назначил тренером серба, чтобы перестроить команду",
            "Բասկետբոլի ակումբը թիմը վերակառուցելու համար մարզիչ է նշանակել սերբ "
            "մասնագետին",
        ),
        "lead": t(
            "The new coach has signed a three-year contract and promised to give "
            "more playing time to local youngsters.",
            "Новый тренер подписал контракт на три года и пообещал давать больше "
            "игрового времени местной молодёжи.",
            "Նոր մարզիչը երեք տարվա պայմանագիր է կնքել և խոստացել է ավելի շատ "
            "խաղաժամանակ տալ տեղացի երիտասարդներին։",
        ),
        "paragraphs": [
            t(
                "He previously worked with youth teams in Belgrade and as an "
                "assistant at a club in the EuroCup. The club finished sixth last "
                "season and missed the play-offs.",
                "Ранее он работал с молодёжными командами в Белграде и ассистентом "
                "в клубе Еврокубка. В прошлом сезоне клуб занял шестое место и не "
                "попал в плей-офф.",
                "Նախկինում նա աշխատել է Բելգրադի երիտասարդական թիմերի հետ և որպես "
                "օգնական՝ Եվրոգավաթի ակումբում։ Անցյալ մրցաշրջանում ակումբը "
                "զբաղեցրել է վեցերորդ տեղը և դուրս չի եկել փլեյ-օֆֆ։",
            ),
            t(
                "The coach will also oversee the club's academy, which trains "
                "about 200 children. Pre-season training starts in August.",
                "Тренер будет курировать и академию клуба, где занимаются около "
                "200 детей. Предсезонная подготовка начнётся в августе.",
                "Մարզիչը կվերահսկի նաև ակումբի ակադեմիան, որտեղ մարզվում է շուրջ "
                "200 երեխա։ Նախամրցաշրջանային պատրաստությունը կսկսվի օգոստոսին։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Children's karate tournament brings together 900 young athletes",
            "Детский турнир по карате собрал 900 юных спортсменов",
            "Կարատեի մանկական մրցաշարը համախմբել է 900 պատանի մարզիկի",
        ),
        "lead": t(
            "Boys and girls aged 6 to 14 from clubs across the country competed in "
            "kata and sparring over two days.",
            "Мальчики и девочки от 6 до 14 лет из клубов со всей страны два дня "
            "соревновались в ката и спарринге.",
            "Երկրի տարբեր ակումբների 6-ից 14 տարեկան տղաներն ու աղջիկները երկու օր "
            "մրցել են կատայում և սպարինգում։",
        ),
        "paragraphs": [
            t(
                "Every participant received a medal, and the best in each age "
                "group were invited to a national training camp. Referees stopped "
                "bouts at the first sign of a heavy blow, in line with the rules "
                "for children.",
                "Каждый участник получил медаль, а лучших в каждой возрастной "
                "группе пригласили на национальные сборы. По детским правилам "
                "судьи останавливали поединки при первом же сильном ударе.",
                "Յուրաքանչյուր մասնակից մեդալ է ստացել, իսկ յուրաքանչյուր "
                "տարիքային խմբի լավագույնները հրավիրվել են ազգային հավաքի։ "
                "Մանկական կանոնների համաձայն՝ մրցավարները կանգնեցնում էին "
                "մենամարտերը առաջին իսկ ուժեղ հարվածից։",
            ),
            t(
                "Parents filled the stands and many filmed every round. The "
                "federation says the number of children training in karate has "
                "doubled in five years.",
                "Трибуны были заполнены родителями, многие снимали каждый раунд. В "
                "федерации говорят, что за пять лет число детей, занимающихся "
                "карате, удвоилось.",
                "Տրիբունաները լեփ-լեցուն էին ծնողներով, և շատերը նկարահանում էին "
                "յուրաքանչյուր ռաունդ։ Ֆեդերացիայում ասում են, որ հինգ տարում "
                "կարատեով զբաղվող երեխաների թիվը կրկնապատկվել է։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Junior tennis tournament in Baku attracts players from 25 countries",
            "Юниорский теннисный турнир в Баку собрал игроков из 25 стран",
            "Բաքվի պատանեկան թենիսի մրցաշարը հավաքել է 25 երկրի խաղացողների",
        ),
        "lead": t(
            "The week-long event gives teenagers ranking points and a chance to "
            "play on the courts of the national tennis centre.",
            "Турнир продлится неделю: подростки получат рейтинговые очки и "
            "возможность сыграть на кортах Национального теннисного центра.",
            "Մեկշաբաթյա մրցաշարում դեռահասները կստանան վարկանիշային միավորներ և "
            "Ազգային թենիսի կենտրոնի կորտերում խաղալու հնարավորություն։",
        ),
        "paragraphs": [
            t(
                "Two local players reached the quarter-finals in the girls' draw, "
                "the best result for the country at this level. Matches are free "
                "to watch, and schools have organised visits.",
                "Две местные теннисистки дошли до четвертьфинала в женской сетке — "
                "это лучший результат страны на таком уровне. Вход на матчи "
                "свободный, и школы организовали посещения.",
                "Երկու տեղացի թենիսիստուհի աղջիկների մրցաշարում հասել են քառորդ "
                "եզրափակիչ, ինչը երկրի լավագույն արդյունքն է այս մակարդակում։ "
                "Խաղերի մուտքն ազատ է, և դպրոցները այցեր են կազմակերպել։",
            ),
            t(
                "The tennis centre also runs free lessons for beginners on weekend "
                "mornings. Coaches say interest has grown since the country began "
                "hosting international events.",
                "По выходным утром теннисный центр также проводит бесплатные "
                "занятия для начинающих. Тренеры говорят, что интерес вырос, когда "
                "страна начала принимать международные турниры.",
                "Հանգստյան օրերին առավոտյան թենիսի կենտրոնը նաև սկսնակների համար "
                "անվճար պարապմունքներ է անցկացնում։ Մարզիչների խոսքով՝ "
                "հետաքրքրությունն աճել է այն բանից հետո, երբ երկիրն սկսել է "
                "միջազգային մրցաշարեր հյուրընկալել։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Sabre fencers win team bronze at the European Championships",
            "Саблисты завоевали командную бронзу чемпионата Европы",
            "Թրամարտիկները Եվրոպայի առաջնությունում թիմային բրոնզ են նվաճել",
        ),
        "lead": t(
            "The men's sabre team beat Hungary 45-41 in the match for third place.",
            "В матче за третье место мужская команда саблистов обыграла Венгрию со "
            "счётом 45:41.",
            "Երրորդ տեղի համար խաղում տղամարդկանց թրամարտի թիմը 45:41 հաշվով "
            "հաղթել է Հունգարիային։",
        ),
        "paragraphs": [
            t(
                "It is the team's first medal at the European Championships. The "
                "decisive bout was won by the youngest member of the team, who "
                "scored five hits in a row.",
                "Это первая медаль команды на чемпионатах Европы. Решающий бой "
                "выиграл самый молодой участник команды, нанёсший пять уколов "
                "подряд.",
                "Սա թիմի առաջին մեդալն է Եվրոպայի առաջնություններում։ Վճռորոշ "
                "մենամարտում հաղթել է թիմի ամենաերիտասարդ անդամը՝ անընդմեջ հինգ "
                "հարված հասցնելով։",
            ),
            t(
                "The federation says fencing clubs have opened in three regional "
                "cities in recent years. The team will now prepare for the World "
                "Championships in the summer.",
                "В федерации отмечают, что за последние годы секции фехтования "
                "открылись в трёх региональных городах. Теперь команда будет "
                "готовиться к летнему чемпионату мира.",
                "Ֆեդերացիայում նշում են, որ վերջին տարիներին սուսերամարտի խմբակներ "
                "են բացվել երեք մարզային քաղաքներում։ Այժմ թիմը կպատրաստվի ամռանը "
                "կայանալիք աշխարհի առաջնությանը։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Women's football league expands to ten teams",
            "Женская футбольная лига расширится до десяти команд",
            "Կանանց ֆուտբոլի լիգան կընդլայնվի մինչև տասը թիմ",
        ),
        "lead": t(
            "Four clubs from the regions will join next season, and every "
            "top-flight men's club must now field a women's team.",
            "В следующем сезоне к лиге присоединятся четыре клуба из регионов, а "
            "каждый клуб мужской высшей лиги теперь обязан иметь женскую команду.",
            "Հաջորդ մրցաշրջանում լիգային կմիանան մարզերի չորս ակումբ, իսկ "
            "տղամարդկանց բարձրագույն լիգայի յուրաքանչյուր ակումբ այժմ պարտավոր է "
            "ունենալ կանանց թիմ։",
        ),
        "paragraphs": [
            t(
                "The federation will pay for referees and travel for the new clubs "
                "during the first two seasons. Matches will be streamed online, "
                "and the final will be played at the national stadium.",
                "Первые два сезона федерация будет оплачивать новым клубам "
                "судейство и переезды. Матчи будут транслироваться онлайн, а финал "
                "пройдёт на национальном стадионе.",
                "Առաջին երկու մրցաշրջանում ֆեդերացիան նոր ակումբների համար կվճարի "
                "մրցավարության և տեղափոխությունների ծախսերը։ Խաղերը կհեռարձակվեն "
                "առցանց, իսկ եզրափակիչը կանցկացվի ազգային մարզադաշտում։",
            ),
            t(
                "Registrations at girls' football schools have risen sharply in "
                "the past two years. Coaches say the next step is a national "
                "under-17 team that plays regularly.",
                "За последние два года число девочек в футбольных школах резко "
                "выросло. Тренеры считают, что следующий шаг — юношеская сборная "
                "до 17 лет, которая будет регулярно играть.",
                "Վերջին երկու տարում ֆուտբոլային դպրոցներում աղջիկների թիվը կտրուկ "
                "աճել է։ Մարզիչները կարծում են, որ հաջորդ քայլը մինչև 17 "
                "տարեկանների հավաքականն է, որը կանոնավոր կխաղա։",
            ),
        ],
        "tags": [4],
    },
    {
        "headline": t(
            "Para powerlifter secures a place at the Paralympic Games",
            "Паратяжелоатлет завоевал путёвку на Паралимпийские игры",
            "Պարածանրամարտիկը նվաճել է Պարալիմպիկ խաղերի ուղեգիր",
        ),
        "lead": t(
            "She lifted 121 kilograms on the bench at a qualifying event in Dubai, "
            "a new personal best.",
            "На отборочном турнире в Дубае она выжала лёжа 121 килограмм — это её "
            "личный рекорд.",
            "Դուբայում ընտրական մրցաշարում նա պառկած դիրքից սեղմել է 121 կիլոգրամ, "
            "ինչը նրա անձնական ռեկորդն է։",
        ),
        "paragraphs": [
            t(
                "The athlete took up the sport eight years ago after an accident "
                "and now trains five days a week. She combines training with work "
                "as an accountant.",
                "Спортсменка занялась этим видом спорта восемь лет назад после "
                "несчастного случая и теперь тренируется пять дней в неделю. "
                "Тренировки она совмещает с работой бухгалтером.",
                "Մարզուհին այս մարզաձևով զբաղվել է ութ տարի առաջ՝ դժբախտ պատահարից "
                "հետո, և այժմ մարզվում է շաբաթը հինգ օր։ Մարզումները նա համատեղում "
                "է հաշվապահի աշխատանքի հետ։",
            ),
            t(
                "She is the third athlete from the country to qualify for the "
                "Paralympics so far. The national Paralympic committee has asked "
                "sports halls to make their entrances and changing rooms "
                "accessible.",
                "Она стала третьей спортсменкой страны, получившей путёвку на "
                "Паралимпиаду. Национальный паралимпийский комитет призвал "
                "спортивные залы сделать входы и раздевалки доступными.",
                "Նա դարձել է երկրի երրորդ մարզիկը, ով նվաճել է Պարալիմպիկ խաղերի "
                "ուղեգիր։ Ազգային պարալիմպիկ կոմիտեն կոչ է արել մարզադահլիճներին "
                "մատչելի դարձնել մուտքերը և հանդերձարանները։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Rhythmic gymnastics group wins silver at the World Challenge Cup",
            "Сборная по художественной гимнастике в групповых упражнениях выиграла "
            "серебро этапа Кубка мира",
            "Գեղարվեստական մարմնամարզության խմբային հավաքականը Աշխարհի գավաթի "
            "փուլում արծաթ է նվաճել",
        ),
        "lead": t(
            "The team's routine with five hoops earned the second-highest score of "
            "the competition.",
            "Упражнение с пятью обручами принесло команде вторую сумму баллов на "
            "турнире.",
            "Հինգ օղակով վարժությունը թիմին բերել է մրցաշարի երկրորդ արդյունքը։",
        ),
        "paragraphs": [
            t(
                "The group has a new choreographer this season, and judges praised "
                "the speed of its throws and exchanges. One gymnast competed "
                "despite a sprained ankle.",
                "В этом сезоне у команды новый хореограф, и судьи отметили "
                "скорость бросков и обменов. Одна из гимнасток выступала, несмотря "
                "на растяжение связок голеностопа.",
                "Այս մրցաշրջանում թիմն ունի նոր պարուսույց, և մրցավարները բարձր են "
                "գնահատել նետումների և փոխանակումների արագությունը։ "
                "Մարմնամարզուհիներից մեկը հանդես է եկել՝ չնայած կոճի կապանների "
                "ձգմանը։",
            ),
            t(
                "Rhythmic gymnastics is one of the most popular sports for girls "
                "in the country, with clubs in every large town. The team will "
                "compete at the European Championships next month.",
                "Художественная гимнастика — один из самых популярных у девочек "
                "видов спорта в стране, секции есть в каждом крупном городе. В "
                "следующем месяце команда выступит на чемпионате Европы.",
                "Գեղարվեստական մարմնամարզությունը երկրում աղջիկների շրջանում "
                "ամենահայտնի մարզաձևերից է, և խմբակներ կան յուրաքանչյուր խոշոր "
                "քաղաքում։ Հաջորդ ամիս թիմը հանդես կգա Եվրոպայի առաջնությունում։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Rowing regatta returns to the Mingachevir reservoir",
            "На Мингячевирское водохранилище вернулась гребная регата",
            "Մինգեչաուրի ջրամբարում կրկին անցկացվել է թիավարման ռեգատա",
        ),
        "lead": t(
            "Crews from eight countries raced over 2,000 metres on calm water at "
            "the rowing centre, which reopened after renovation.",
            "Экипажи из восьми стран соревновались на дистанции 2000 метров по "
            "спокойной воде гребного центра, вновь открытого после ремонта.",
            "Ութ երկրի անձնակազմերը 2000 մետր տարածության վրա մրցել են "
            "վերանորոգումից հետո վերաբացված թիավարման կենտրոնի հանդարտ ջրում։",
        ),
        "paragraphs": [
            t(
                "The home team won gold in the women's double sculls and bronze in "
                "the men's four. The centre now has new boathouses, a gym and "
                "rooms for visiting teams.",
                "Хозяева выиграли золото в женской двойке распашной и бронзу в "
                "мужской четвёрке. В центре появились новые эллинги, тренажёрный "
                "зал и комнаты для приезжих команд.",
                "Տանտերերը ոսկի են նվաճել կանանց կրկնակի թիանավակում և բրոնզ՝ "
                "տղամարդկանց քառյակում։ Կենտրոնում ավելացել են նոր նավակատներ, "
                "մարզասրահ և հյուր թիմերի համար սենյակներ։",
            ),
            t(
                "Coaches from visiting teams praised the water conditions and want "
                "to return for spring training camps. The regatta will be held "
                "every year.",
                "Тренеры гостевых команд высоко оценили условия на воде и хотят "
                "вернуться на весенние сборы. Регата будет проводиться ежегодно.",
                "Հյուր թիմերի մարզիչները բարձր են գնահատել ջրի պայմանները և "
                "ցանկանում են վերադառնալ գարնանային հավաքների։ Ռեգատան կանցկացվի "
                "ամեն տարի։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "Artificial pitches built in twenty villages",
            "В двадцати сёлах построили поля с искусственным покрытием",
            "Քսան գյուղում կառուցվել են արհեստական ծածկույթով դաշտեր",
        ),
        "lead": t(
            "The small floodlit pitches are open free of charge to local schools "
            "and amateur teams.",
            "Небольшие освещённые поля бесплатно открыты для местных школ и "
            "любительских команд.",
            "Լուսավորված փոքր դաշտերը անվճար բաց են տեղի դպրոցների և սիրողական "
            "թիմերի համար։",
        ),
        "paragraphs": [
            t(
                "The pitches were funded by the football federation with support "
                "from a European development programme. Each village received "
                "balls, goals and training kits for a youth team.",
                "Поля построены на средства футбольной федерации при поддержке "
                "европейской программы развития. Каждое село получило мячи, ворота "
                "и тренировочную форму для детской команды.",
                "Դաշտերը կառուցվել են ֆուտբոլի ֆեդերացիայի միջոցներով՝ եվրոպական "
                "զարգացման ծրագրի աջակցությամբ։ Յուրաքանչյուր գյուղ ստացել է "
                "գնդակներ, դարպասներ և մանկական թիմի համար մարզահագուստ։",
            ),
            t(
                "PE teachers from the villages have completed a basic coaching "
                "course. A league for village teams will start in the autumn, with "
                "the final planned at a professional stadium.",
                "Учителя физкультуры из этих сёл прошли базовый тренерский курс. "
                "Осенью стартует лига сельских команд, а финал планируется "
                "провести на профессиональном стадионе.",
                "Այդ գյուղերի ֆիզկուլտուրայի ուսուցիչներն անցել են մարզչական "
                "հիմնական դասընթաց։ Աշնանը կմեկնարկի գյուղական թիմերի լիգան, իսկ "
                "եզրափակիչը նախատեսվում է անցկացնել պրոֆեսիոնալ մարզադաշտում։",
            ),
        ],
        "tags": [4],
    },
    {
        "headline": t(
            "Wrestling coach retires after forty years and dozens of champions",
            "Тренер по борьбе ушёл на покой после сорока лет работы и десятков "
            "чемпионов",
            "Ըմբշամարտի մարզիչը թոշակի է անցել քառասուն տարվա աշխատանքից և տասնյակ "
            "չեմպիոններից հետո",
        ),
        "lead": t(
            "Former pupils, among them world and European medallists, gathered in "
            "his old gym in Lankaran to say goodbye.",
            "Бывшие ученики, среди которых призёры чемпионатов мира и Европы, "
            "собрались в его старом зале в Ленкорани, чтобы попрощаться.",
            "Նախկին աշակերտները, որոնց թվում են աշխարհի և Եվրոպայի "
            "առաջնությունների մեդալակիրներ, հավաքվել են Լենքորանում նրա հին "
            "մարզադահլիճում՝ հրաժեշտ տալու։",
        ),
        "paragraphs": [
            t(
                "The coach started his club in a converted warehouse and for years "
                "repaired the mats himself. He says he is proudest not of the "
                "medals but of the pupils who became teachers and doctors.",
                "Тренер открыл клуб в переоборудованном складе и годами сам чинил "
                "маты. По его словам, он гордится не столько медалями, сколько "
                "учениками, ставшими учителями и врачами.",
                "Մարզիչն ակումբը բացել է վերակառուցված պահեստում և տարիներ "
                "շարունակ ինքն է նորոգել գորգերը։ Նրա խոսքով՝ նա հպարտանում է ոչ "
                "այնքան մեդալներով, որքան այն աշակերտներով, որոնք դարձել են "
                "ուսուցիչներ և բժիշկներ։",
            ),
            t(
                "The club will now be run by one of his first pupils. The city has "
                "announced that the gym will be renovated and named after him.",
                "Теперь клубом будет руководить один из его первых учеников. Город "
                "объявил, что зал отремонтируют и назовут в его честь.",
                "Այժմ ակումբը կղեկավարի նրա առաջին աշակերտներից մեկը։ Քաղաքը "
                "հայտարարել է, որ դահլիճը կվերանորոգվի և կկոչվի նրա անունով։",
            ),
        ],
        "tags": [16],
    },
    {
        "headline": t(
            "University esports league draws teams from twelve campuses",
            "В студенческую киберспортивную лигу записались команды двенадцати вузов",
            "Ուսանողական կիբերսպորտային լիգային մասնակցում են տասներկու բուհի թիմեր",
        ),
        "lead": t(
            "Matches are played online during the season, with the finals held in "
            "front of an audience at a university hall.",
            "В течение сезона матчи проходят онлайн, а финалы — при зрителях в "
            "актовом зале одного из вузов.",
            "Մրցաշրջանի ընթացքում խաղերն անցկացվում են առցանց, իսկ եզրափակիչները՝ "
            "հանդիսատեսի առջև բուհերից մեկի դահլիճում։",
        ),
        "paragraphs": [
            t(
                "Players must be enrolled students and keep up their grades to "
                "stay in the league. Organisers have limited matches to evenings "
                "and weekends so that they do not clash with classes.",
                "Игроки должны быть студентами и поддерживать успеваемость, чтобы "
                "оставаться в лиге. Организаторы ограничили матчи вечерами и "
                "выходными, чтобы они не мешали занятиям.",
                "Խաղացողները պետք է լինեն ուսանողներ և պահպանեն առաջադիմությունը՝ "
                "լիգայում մնալու համար։ Կազմակերպիչները խաղերը սահմանափակել են "
                "երեկոներով և հանգստյան օրերով, որպեսզի դրանք չխանգարեն դասերին։",
            ),
            t(
                "Several universities now offer scholarships to strong players, "
                "and one has opened a club room with sponsored equipment. The "
                "league also runs workshops on healthy gaming habits.",
                "Несколько вузов уже предлагают сильным игрокам стипендии, а один "
                "открыл клубную комнату с оборудованием от спонсоров. Лига также "
                "проводит семинары о здоровых игровых привычках.",
                "Մի քանի բուհ արդեն կրթաթոշակներ են առաջարկում ուժեղ խաղացողներին, "
                "իսկ մեկը բացել է ակումբային սենյակ՝ հովանավորների տրամադրած "
                "սարքավորումներով։ Լիգան անցկացնում է նաև սեմինարներ առողջ խաղային "
                "սովորությունների մասին։",
            ),
        ],
        "tags": [8, 5],
    },
    {
        "headline": t(
            "Table tennis player, 47, wins the national title once more",
            "47-летний теннисист в очередной раз выиграл чемпионат страны по "
            "настольному теннису",
            "47-ամյա թենիսիստը կրկին հաղթել է սեղանի թենիսի երկրի առաջնությունում",
        ),
        "lead": t(
            "It is his eleventh national championship, the first of which he won "
            "almost thirty years ago.",
            "Это его одиннадцатый чемпионский титул, первый из которых он завоевал "
            "почти тридцать лет назад.",
            "Սա նրա տասնմեկերորդ չեմպիոնական տիտղոսն է, որոնցից առաջինը նա նվաճել "
            "է գրեթե երեսուն տարի առաջ։",
        ),
        "paragraphs": [
            t(
                "In the final he beat a 19-year-old opponent in five games. He "
                "said afterwards that experience helped him in the long rallies, "
                "but that he had to rest his knees between matches.",
                "В финале он в пяти партиях обыграл 19-летнего соперника. После "
                "матча он сказал, что в длинных розыгрышах помог опыт, но между "
                "встречами приходилось беречь колени.",
                "Եզրափակչում նա հինգ խաղում հաղթել է 19-ամյա մրցակցին։ Խաղից հետո "
                "նա ասել է, որ երկար խաղարկումներում օգնել է փորձը, սակայն խաղերի "
                "միջև ստիպված է եղել խնայել ծնկները։",
            ),
            t(
                "He runs a small club where about fifty children train after "
                "school. He says he will keep playing as long as the young players "
                "cannot beat him.",
                "Он руководит небольшим клубом, где после уроков занимаются около "
                "пятидесяти детей. По его словам, он будет играть, пока молодые не "
                "научатся его обыгрывать.",
                "Նա ղեկավարում է փոքր ակումբ, որտեղ դասերից հետո մարզվում է մոտ "
                "հիսուն երեխա։ Նրա խոսքով՝ նա կշարունակի խաղալ այնքան ժամանակ, "
                "քանի դեռ երիտասարդները չեն սովորել իրեն հաղթել։",
            ),
        ],
        "tags": [],
    },
    {
        "headline": t(
            "School chess league ends its first season with a team final",
            "Школьная шахматная лига завершила первый сезон командным финалом",
            "Դպրոցական շախմատային լիգան ավարտել է առաջին մրցաշրջանը թիմային եզրափակչով",
        ),
        "lead": t(
            "Teams from 160 schools played through the year, and a village school "
            "from the north reached the final four.",
            "Весь год в лиге играли команды 160 школ, и в финальную четвёрку вышла "
            "сельская школа с севера.",
            "Ամբողջ տարի լիգայում խաղացել են 160 դպրոցի թիմեր, և եզրափակիչ քառյակ "
            "է դուրս եկել հյուսիսի գյուղական դպրոցը։",
        ),
        "paragraphs": [
            t(
                "Each team has four players, and at least one must be a girl. The "
                "final was won by a school from Ganja on the last board of the "
                "last round.",
                "В каждой команде четыре игрока, и по крайней мере один из них "
                "должен быть девочкой. Финал выиграла школа из Гянджи — на "
                "последней доске в последнем туре.",
                "Յուրաքանչյուր թիմում չորս խաղացող կա, և նրանցից առնվազն մեկը պետք "
                "է աղջիկ լինի։ Եզրափակչում հաղթել է Գյանջայի դպրոցը՝ վերջին "
                "տախտակում, վերջին տուրում։",
            ),
            t(
                "The chess federation supplied boards and clocks to all "
                "participating schools and trained teachers to run the clubs. Next "
                "season, the league will add a division for primary pupils.",
                "Федерация шахмат снабдила все школы-участницы досками и часами и "
                "подготовила учителей для ведения кружков. В следующем сезоне в "
                "лиге появится дивизион для учеников начальных классов.",
                "Շախմատի ֆեդերացիան բոլոր մասնակից դպրոցներին տրամադրել է "
                "տախտակներ և ժամացույցներ և պատրաստել է խմբակներ վարող "
                "ուսուցիչներ։ Հաջորդ մրցաշրջանում լիգայում կավելանա տարրական "
                "դասարանների աշակերտների դիվիզիոն։",
            ),
        ],
        "tags": [15, 5],
    },
]
