"""Each edition's own words: home title, tagline, notices and ads."""

EDITION_TEXTS = {
    "en": {
        "home": "Home",
        "tagline": "News of Azerbaijan, the region and the world",
        "notice": "Any use of materials is allowed only with a hyperlink to",
        "ad": "Your advertisement could be here",
        "ad_widget_title": "Advertise with Newsroom",
        "ad_widget_text": "Reach readers in three languages",
        "update_note": "The story was updated with new details and comments.",
    },
    "ru": {
        "home": "Главная",
        "tagline": "Новости Азербайджана, региона и мира",
        "notice": "Любое использование материалов допускается только при наличии гиперссылки на",
        "ad": "Здесь могла бы быть ваша реклама",
        "ad_widget_title": "Реклама в Newsroom",
        "ad_widget_text": "Ваши читатели — на трёх языках",
        "update_note": "В материал добавлены новые подробности и комментарии.",
    },
    "hy": {
        "home": "Գլխավոր",
        "tagline": "Ադրբեջանի, տարածաշրջանի և աշխարհի լուրեր",
        "notice": "Նյութերի ցանկացած օգտագործում թույլատրվում է միայն հիպերհղումով դեպի",
        "ad": "Այստեղ կարող էր լինել ձեր գովազդը",
        "ad_widget_title": "Գովազդ Newsroom-ում",
        "ad_widget_text": "Ձեր ընթերցողները՝ երեք լեզվով",
        "update_note": "Նյութը լրացվել է նոր մանրամասներով և մեկնաբանություններով։",
    },
}
