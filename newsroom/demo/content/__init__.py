"""Demo content for the Newsroom demo site.

All text in this package is original, written for the Newsroom demo. The
outlet, people, organisations and events are fictional; figures are generic
and only meant to look plausible.

The package is pure data. Every text is a dict keyed by language (``t()``);
``LANGUAGES`` lists the languages the demo is written in, and an edition in
any other language gets no demo content. A section module (``politics``,
``economy``, ...) holds that section's stories, long reads first; a story is a
dict of:

- ``headline``, ``lead``: texts;
- ``paragraphs``: a list of texts (two or more);
- ``subheading``, ``quote`` (``text``, ``attribution``), ``facts_title`` with
  ``facts``, ``source``: optional texts;
- ``tags``: indexes into ``TAGS``.

Texts may hold ``{year}`` (the year of publication), ``{next_year}`` and the
city placeholders of :mod:`.cities` (``{city}``, ``{city_loc}``, ...): a story
with a city is set in a city of its section's ``cities``, in the grammatical
case each sentence needs. Other figures are written into the text, so Russian
numerals agree with their nouns.
"""

from typing import Any

from . import culture, economy, politics, region, society, sports, world
from .cities import CITIES, City
from .site import EDITION_TEXTS
from .text import LANGUAGES, t

__all__ = [
    "AUTHORS",
    "CITIES",
    "EDITION_TEXTS",
    "LANGUAGES",
    "SECTIONS",
    "STORIES",
    "TAGS",
    "City",
    "t",
]


# ---------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------

SECTIONS: list[dict[str, Any]] = [
    {
        "slug": "politics",
        "cities": ["baku", "ganja", "sumgait", "shaki", "lankaran"],
        "title": t("Politics", "Политика", "Քաղաքականություն"),
        "blurb": t(
            "Key developments in the political life of the country and the wider region.",
            "Главные события политической жизни страны и региона.",
            "Երկրի և տարածաշրջանի քաղաքական կյանքի կարևորագույն իրադարձությունները։",
        ),
    },
    {
        "slug": "economy",
        "cities": ["baku", "ganja", "sumgait", "shaki", "lankaran"],
        "title": t("Economy", "Экономика", "Տնտեսություն"),
        "blurb": t(
            "Markets, business, energy and everything that affects the family budget.",
            "Рынки, бизнес, энергетика и всё, что влияет на семейный бюджет.",
            "Շուկաներ, բիզնես, էներգետիկա և այն ամենը, ինչ ազդում է ընտանեկան բյուջեի վրա։",
        ),
    },
    {
        "slug": "society",
        "cities": ["baku", "ganja", "sumgait", "shaki", "lankaran"],
        "title": t("Society", "Общество", "Հասարակություն"),
        "blurb": t(
            "Stories about people, cities and the everyday issues that shape our lives.",
            "Истории о людях, городах и повседневных заботах, из которых складывается наша жизнь.",
            "Պատմություններ մարդկանց, քաղաքների և այն առօրյա հոգսերի մասին, որոնցից կազմված է մեր կյանքը։",
        ),
    },
    {
        "slug": "world",
        "cities": ["istanbul", "berlin", "dubai", "astana", "tashkent", "tbilisi"],
        "title": t("World", "В мире", "Աշխարհ"),
        "blurb": t(
            "International news, analysis and events far beyond the region's borders.",
            "Международные новости, аналитика и события далеко за пределами региона.",
            "Միջազգային լուրեր, վերլուծություններ և իրադարձություններ տարածաշրջանի սահմաններից շատ հեռու։",
        ),
    },
    {
        "slug": "region",
        "cities": ["tbilisi", "yerevan", "baku", "astana", "tashkent", "ganja"],
        "title": t("Region", "Регион", "Տարածաշրջան"),
        "blurb": t(
            "The South Caucasus, the Caspian and Central Asia: neighbours, routes and shared challenges.",
            "Южный Кавказ, Каспий и Центральная Азия: соседи, маршруты и общие вызовы.",
            "Հարավային Կովկաս, Կասպից ծով և Կենտրոնական Ասիա՝ հարևաններ, ճանապարհներ և ընդհանուր մարտահրավերներ։",
        ),
    },
    {
        "slug": "sports",
        "cities": ["baku", "ganja", "sumgait", "lankaran", "shaki"],
        "title": t("Sports", "Спорт", "Սպորտ"),
        "blurb": t(
            "Results, interviews and the stories behind the scores, from football to chess.",
            "Результаты, интервью и истории за цифрами счёта — от футбола до шахмат.",
            "Արդյունքներ, հարցազրույցներ և պատմություններ հաշիվների հետևում՝ ֆուտբոլից մինչև շախմատ։",
        ),
    },
    {
        "slug": "culture",
        "cities": ["baku", "shaki", "ganja", "lankaran", "sumgait"],
        "title": t("Culture", "Культура", "Մշակույթ"),
        "blurb": t(
            "Theatre, music, cinema, museums and the people who keep culture alive.",
            "Театр, музыка, кино, музеи и люди, благодаря которым живёт культура.",
            "Թատրոն, երաժշտություն, կինո, թանգարաններ և այն մարդիկ, որոնց շնորհիվ ապրում է մշակույթը։",
        ),
    },
]


# ---------------------------------------------------------------------------
# Authors (fictional)
# ---------------------------------------------------------------------------

AUTHORS: list[dict[str, Any]] = [
    {
        "slug": "leyla-hasanova",
        "name": t("Leyla Hasanova", "Лейла Гасанова", "Լեյլա Հասանովա"),
        "role": t(
            "Political correspondent", "Политический обозреватель", "Քաղաքական մեկնաբան"
        ),
        "bio": t(
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
        "name": t("Orkhan Mammadli", "Орхан Мамедли", "Օրխան Մամեդլի"),
        "role": t(
            "Economics editor", "Редактор отдела экономики", "Տնտեսական բաժնի խմբագիր"
        ),
        "bio": t(
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
        "name": t("Nigar Safarova", "Нигяр Сафарова", "Նիգյար Սաֆարովա"),
        "role": t(
            "Society reporter",
            "Корреспондент отдела общества",
            "Հասարակական բաժնի թղթակից",
        ),
        "bio": t(
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
        "name": t("Elvin Rustamov", "Эльвин Рустамов", "Էլվին Ռուստամով"),
        "role": t(
            "International affairs editor",
            "Редактор международного отдела",
            "Միջազգային բաժնի խմբագիր",
        ),
        "bio": t(
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
        "name": t("Tural Jafarov", "Турал Джафаров", "Թուրալ Ջաֆարով"),
        "role": t("Sports columnist", "Спортивный обозреватель", "Սպորտային մեկնաբան"),
        "bio": t(
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
        "name": t("Sabina Kerimova", "Сабина Керимова", "Սաբինա Քերիմովա"),
        "role": t(
            "Culture editor", "Редактор отдела культуры", "Մշակույթի բաժնի խմբագիր"
        ),
        "bio": t(
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
    t("Energy", "Энергетика", "Էներգետիկա"),  # 0
    t("Transport", "Транспорт", "Տրանսպորտ"),  # 1
    t("Elections", "Выборы", "Ընտրություններ"),  # 2
    t("Climate", "Климат", "Կլիմա"),  # 3
    t("Football", "Футбол", "Ֆուտբոլ"),  # 4
    t("Education", "Образование", "Կրթություն"),  # 5
    t("Healthcare", "Здравоохранение", "Առողջապահություն"),  # 6
    t("Tourism", "Туризм", "Զբոսաշրջություն"),  # 7
    t("Technology", "Технологии", "Տեխնոլոգիաներ"),  # 8
    t("Agriculture", "Сельское хозяйство", "Գյուղատնտեսություն"),  # 9
    t("Trade", "Торговля", "Առևտուր"),  # 10
    t("Diplomacy", "Дипломатия", "Դիվանագիտություն"),  # 11
    t("Theatre", "Театр", "Թատրոն"),  # 12
    t("Music", "Музыка", "Երաժշտություն"),  # 13
    t("Cinema", "Кино", "Կինո"),  # 14
    t("Chess", "Шахматы", "Շախմատ"),  # 15
    t("Wrestling", "Борьба", "Ըմբշամարտ"),  # 16
    t("Weather", "Погода", "Եղանակ"),  # 17
    t("Banking", "Банки", "Բանկեր"),  # 18
    t("Construction", "Строительство", "Շինարարություն"),  # 19
    t("Ecology", "Экология", "Էկոլոգիա"),  # 20
    t("Science", "Наука", "Գիտություն"),  # 21
    t("Migration", "Миграция", "Միգրացիա"),  # 22
    t("Museums", "Музеи", "Թանգարաններ"),  # 23
]


STORIES: dict[str, list[dict[str, Any]]] = {
    "politics": politics.STORIES,
    "economy": economy.STORIES,
    "society": society.STORIES,
    "world": world.STORIES,
    "region": region.STORIES,
    "sports": sports.STORIES,
    "culture": culture.STORIES,
}
