"""English phrase bank; same keys as phrases_id (pronoun slots are empty in English)."""

PRONOUN = {
    "casual": {"kamu": "you", "Kamu": "You", "mu": "", "untukmu": "for you", "mau": "want"},
    "formal": {"kamu": "you", "Kamu": "You", "mu": "", "untukmu": "for you", "mau": "want"},
}

LANG = "en"
CONJ = "and"
AND_MORE = "more"
O_AUD = " for {aud}"
O_LOC = " in {loc}"
O_DELIV = " — delivery available"
O_DELIV_APP = " — or order on {apps}"  # delivered only through food apps (factcopy.food_apps)
# a courier's or a supplier's delivery (context.ships_to): to where a shipment goes, to a business
O_DELIV_TO = {"carrier": " — delivered to the destination address", "supply": " — delivered to your business"}
CHAN = {"ig": "by Instagram DM", "wa": "on WhatsApp", "form": "through the form on this page", "phone": "by phone",
        "email": "by email", "tg": "on Telegram", "line": "on LINE"}
CHAN_NAME = {"ig": "Instagram", "wa": "WhatsApp", "form": "the form", "phone": "phone", "email": "email",
             "tg": "Telegram", "line": "LINE"}

PREFIX: dict = {}
PREFIX_SKIP: tuple = ()

HERO_HEAD_PROD = (
    "{P2} from {brand}, for {ben}",
    "{brand}: {p2} for {ben}",
    "{P2} in {loc} for {ben}, from {brand}",
    "{P1} from {brand} — made for {ben}",
    "Looking for {p1} in {loc}? Meet {brand}",
    "{brand} brings you {p2} for {ben}",
)
# When every offering is a package ("intimate package"), the package does not say what the business is: the noun does.
HERO_HEAD_PKG = (
    "{brand}, {a_noun}{o_loc}: {p2} for {ben}",
    "{brand}, {a_noun}{o_loc} with {p2} for {ben}",
)
# A headline that would run long (a long name, long offerings) keeps the name and what is sold; the rest is the
# lead paragraph's (sections._hero).
HERO_HEAD_PROD_SHORT = ("{P2} from {brand}", "{brand}: {p2}", "{brand} brings you {p2}", "{P1} from {brand}", "{brand}: {p1}")
HERO_HEAD_PKG_SHORT = ("{brand}, {a_noun}{o_loc}: {p2}", "{brand}, {a_noun}{o_loc}", "{brand}, {a_noun}")
HERO_HEAD_NOPROD_SHORT = ("{brand} — your {noun} in {loc}", "{brand}: your {noun} in {loc}", "{brand}: your {noun}")
HERO_BEN = ("Made for {ben}.",)  # the benefit, in the lead when the headline had no room for it
HERO_HEAD_NOPROD = (
    "{brand}: your {noun} for {ben}",
    "{brand} — your {noun} in {loc}",
    "{brand}, for {ben}",
    "{brand}: {summ} in {loc}",
    "Meet {brand}, your {noun} for {ben}",
)
HERO_S1_PROD = (
    "{brand} offers {plist}{o_aud}{o_loc}.",
    "In {loc}, {brand} brings you {plist}{o_aud}.",
    "{brand} is {a_noun}{o_loc} offering {plist}{o_aud}.",
)
HERO_S1_NOPROD = (
    "{brand} is {a_noun}{o_loc} offering {summ}{o_aud}.",
    "{brand} offers {summ}{o_aud}{o_loc}.",
    "In {loc}, {brand} offers {summ}{o_aud}.",
)

ACT = {
    "order": ("Order straight {chan}{o_deliv}.", "Just send your order {chan}{o_deliv}."),
    "order_casual": ("Drop us a message {chan} to order{o_deliv}.",),
    "order_nochan": ("Have a look below.",),
    "book": ("Pick a time that suits you and book {chan}.", "Book your slot {chan}."),
    "book_nochan": ("Browse the {item} below.",),
    "visit": ("Just walk in, no booking needed. Questions? Reach us {chan}.",
              "No booking needed: just come by. Ask us anything {chan}."),
    "visit_nochan": ("Just walk in, no booking needed.",),
    "register": ("Sign up {chan}.", "Registration is open {chan}."),
    "register_nochan": ("Browse the {item} below.",),
    "tickets": ("Get your tickets {chan}.",),
    "tickets_nochan": ("See the event details below.",),
    # tickets that let a visitor in (a fishing pond, a water park, a farm): no event is named
    "tickets_entry_nochan": ("See the ticket options below.",),
    "consult": ("Tell us what you need {chan} and we'll talk it through.",
                "Share your plans {chan} and we'll take it from there."),
    "consult_nochan": ("See what we can do below.",),
}
DELIV_NOCHAN = " Delivery is available too."
ACT_VISIT = ("Drop by at {address}.",)
ACT_IG = ("Follow {ig} on Instagram for news.",)
PRICE_LINE = "Prices for {what}: {value}."
PRICE_LINE_BARE = "Prices: {value}."
PRICE_IN_CARD = " Price: {value}."
HOLDS_IN_CARD = "Includes: {value}."

CTA = {
    "ig": "Message us on Instagram", "tg": "Message us on Telegram", "line": "Message us on LINE",
    "register_wa": "Register on WhatsApp", "register": "Register now",
    "tickets": "Get tickets", "book_wa": "Book on WhatsApp", "book": "Book now",
    "order_wa": "Chat on WhatsApp", "chat_wa": "Chat on WhatsApp", "menu": "See the menu",
    "catalog": "Browse the catalogue", "contact": "Get in touch", "phone": "Call us",
    "email": "Email us",
}

PROD_HEAD_MENU = "Our menu"
PROD_HEAD_CATALOG = ("Our catalogue", "Browse the catalogue")
PROD_INTRO = {
    "visit": ("Pick the {item} you need and just walk in.", "Here are the {item} at {brand}, no booking needed."),
    "order": ("Here's what you can order from {brand}.",
              "Take a look and pick what suits you.",
              "Pick your favourites from {brand}{o_loc}."),
    "book": ("Choose what you need, then we'll find a time together.",
             "Here's what you can book at {brand}."),
    "register": ("Pick the one that fits you best.",
                 "Here's what you can join at {brand}."),
    "tickets": ("Choose the event you'd like to attend.",),
    "tickets_entry": ("Here's what {brand} offers{o_loc}: pick what you like.",),
    "consult": ("Here's how {brand} can help.",
                "Pick what's closest to what you need; we'll work out the details together."),
}
DESC = {  # under the card's title, so they do not start by repeating it
    "goods": ("From {brand} — great for {use}.",
              "A good pick for {use}.",
              "Made for {use}, from {brand}.",
              "Order it for {use}."),
    "service": ("By {brand}, for {use}.",
                "Ideal for {use}, done by {brand}.",
                "From {brand}, for {use}."),
    "class": ("At {brand}, for {use}.",
              "Suited to {use}.",
              "For {use}, taught at {brand}."),
}

HL_HEADS = ("Why {brand}?", "Why choose {brand}", "What to expect")
HL_FEATURE = {
    "delivery": ("Delivery available", "We can bring your order to your door."),
    "delivery_carrier": ("To the destination", "We carry your shipment all the way to the destination address."),
    "delivery_supply": ("Delivery available", "Orders are delivered to your business on the agreed schedule."),
    "whatsapp": ("{wa_title}", "Just send a message — no extra app needed."),
    "whatsapp_supply": ("Wholesale prices on WhatsApp", "Message us for the wholesale price list, minimum order and delivery days."),
    "booking": ("Online booking", "Pick a time that suits you without coming in first."),
    "registration": ("Easy registration", "Sign up straight from this page."),
    "signup": ("Easy sign-up", "Sign up straight from this page."),
    "tickets": ("Tickets online", "Get your tickets right from this page."),
    "schedule": ("Clear schedule", "Check the{o_sched} schedule before you decide."),
    "catalog": ("Browse the catalogue", "All our {item} in one place."),
    "menu": ("Menu at a glance", "Check the menu before you order."),
    "gallery": ("Photo gallery", "See the place and our work in pictures."),
    "portfolio": ("See our work", "Look through past work before you decide."),
    "order_form": ("Simple order form", "Fill in a short form and we'll get back to you."),
    "contact_form": ("Ask through the form", "Write us your question and we'll reply."),
    "map": ("Find us on the map", "See where we are on the map."),
}
HL_WA_TITLE = {"order": "Order on WhatsApp", "book": "Book on WhatsApp", "visit": "Ask on WhatsApp",
               "register": "Sign up on WhatsApp", "tickets": "Tickets on WhatsApp",
               "consult": "Chat on WhatsApp"}
HL_SCHED = {"class": " class", "event": " event"}
HL_LOC = (("Based in {loc}", "For anyone living or working in {loc}."),
          ("Here in {loc}", "{brand} serves customers in {loc}."))
# a stay, a dive or surf school: its guests come from elsewhere; a tour: it takes them from where it is based
HL_LOC_VISIT = (("In {loc}", "Coming to {loc}? {brand} is ready to welcome you."),)
HL_LOC_SHIPS = (("Shipped from {loc}", "{brand} sends orders from {loc} to your door."),)
HL_LOC_TRIP = (("Based in {loc}", "The {brand} team is based in {loc}, ready to help plan your trip."),)
HL_AUD = ("For {aud}", "{brand} is here especially for {aud}.")
HL_AUD_LONG = ("Made for you", "{brand} is here especially for {aud}.")
HL_VARIETY = ("Plenty to choose from", "From {pv1} and {pv2} to {pv3}.")
HL_TONE = {
    "friendly": ("Friendly and relaxed", "Questions are always welcome — we're happy to help."),
    "playful": ("Fun and easy-going", "Ordering is simple, and so is talking to us."),
    "professional": ("Clear and professional", "Clear communication from start to finish."),
    "elegant": ("An elegant touch", "We pay attention to every detail."),
    "bold": ("Straight to the point", "Choose, message, done. No fuss."),
    "calm": ("Calm and unhurried", "Take your time — we'll help until you're sure."),
}
HL_CHAN = ("Easy to reach", "Reach us {chans}.")
HL_ASK = ("Ask us anything", "Not sure yet? Ask us anything before you decide.")

ABOUT_HEAD = "About {brand}"
ABOUT_S1_PROD = (
    "{brand} is {a_noun}{o_loc} that offers {pall}.",
    "{brand} is {a_noun}{o_loc} with {pall} on offer.",
    "From {loc}, {brand} brings you {pall}.",
)
ABOUT_S1_NOPROD = (
    "{brand} is {a_noun}{o_loc} offering {summ}.",
    "{brand} is {a_noun}{o_loc} focused on {summ}.",
)
ABOUT_S1_OWN = ("{brand} is {a_noun}{o_loc}.", "Meet {brand}, {a_noun}{o_loc}.")
ABOUT_S2_AUD = (
    "We work with {aud}, with {tone_style}.",
    "We're here for {aud}, with {tone_style}.",
)
ABOUT_S2 = (
    "We want every customer to feel looked after, with {tone_style}.",
    "Every order is handled with {tone_style}.",
)
TONE_STYLE = {
    "friendly": "a friendly, relaxed approach", "playful": "a fun, easy-going approach",
    "professional": "a clear and professional way of working", "elegant": "an elegant eye for detail",
    "bold": "energy and a no-nonsense way of working", "calm": "a calm, unhurried approach",
}
ABOUT_S3 = ("Questions? Just ask us {chan}.", "Get in touch {chan} to ask a question or place an order.")
ABOUT_S3_VISIT = ("Visit us at {address}.",)
ABOUT_S3_IG = ("Follow our news on Instagram at {ig}.",)
ABOUT_SINCE = ("{brand} has been around since {since}.", "Since {since}, {brand} has been part of {loc}.")
ABOUT_FACTS_HEAD = "At a glance"

HOW_HEAD = {"order": ("How to order", "Ordering is easy"), "book": ("How to book", "Booking is easy"),
            "visit": ("How to visit", "Just walk in"),
            "register": ("How to sign up", "How to register"), "tickets": ("How to get tickets",),
            "consult": ("How to get started", "How we work together")}
HOW_BODY = {"casual": ("Just three simple steps.", "It only takes three steps."),
            "formal": ("The process is simple: three steps.",)}
STEP1 = {
    "visit": ("Choose what you need", "Have a look at the {item} above and pick what you want."),
    "order": ("Choose your {item}", "Browse the {item} above and pick what you want."),
    "book": ("Pick a service and time", "Choose what you need and a time that suits you."),
    "register": ("Choose your {item}", "Look through the options and pick what fits you."),
    "tickets": ("Choose the event", "Check the event details and pick your tickets."),
    "tickets_entry": ("Choose your tickets", "Look through the options above and pick the tickets you want."),
    "consult": ("Tell us what you need", "Share what you have in mind, in as much detail as you like."),
}
# Step titles name the step without the channel: the hero's call to action already says where, and a
# heading repeating that sentence reads as copied.
STEP2 = {
    "visit": ("Walk in", "Come by during opening hours, no booking needed. Questions first? Send them {chan}."),
    "order": ("Place your order", "Send your order {chan}, with quantities and timing."),
    "order_service": ("Place your order", "Tell us {chan} what you need and when."),
    "book": ("Confirm your slot", "Get in touch {chan} and we'll confirm the time."),
    "register": ("Sign up", "Send your details {chan} to register."),
    "tickets": ("Get your tickets", "Order your tickets {chan} and keep the confirmation."),
    "consult": ("Plan it together", "We agree the scope, timeline and cost together."),
}
STEP2_NOCHAN = {
    "visit": ("Walk in", "Come by during opening hours, no booking needed."),
    "order": ("Get in touch", "Tell us your order, with quantities and timing."),
    "order_service": ("Get in touch", "Tell us what you need and when."),
    "book": ("Get in touch", "Tell us what you picked and we'll confirm the time."),
    "register": ("Get in touch", "Send us your details to register."),
    "tickets": ("Get in touch", "Tell us how many tickets you need and keep the confirmation."),
}
STEP3 = {
    "visit": ("We take care of you", "As soon as you arrive, {brand} is ready for you."),
    "order_deliv": ("Delivered to you", "Once your order is confirmed, we deliver it to your address."),
    "order_deliv_carrier": ("Shipment delivered", "Once the shipment is confirmed, we carry it to the destination address."),
    "order_deliv_supply": ("Order delivered", "Once your order is confirmed, we deliver it to your business."),
    "order": ("Get confirmation", "We confirm the details of your order and get it ready."),
    "book_come": ("Come in", "Arrive at your confirmed time and we'll be ready for you."),
    "book_go": ("We come to you", "At the agreed time, we come to your place."),
    "book": ("See you then", "On the agreed day, {brand} is ready for you."),
    "register": ("Start learning", "We send a confirmation and next steps before the class starts."),
    "register_service": ("First day", "We send a confirmation and what to prepare for the first day."),
    "register_event": ("Join the event", "We send a confirmation and next steps before the event."),
    "tickets": ("Enjoy the event", "Keep your ticket confirmation handy — see you there!"),
    "tickets_entry": ("Show your ticket", "Keep your ticket confirmation and show it when you arrive."),
    "consult": ("We get to work", "Once everything is agreed, we start the work."),
}
STEP2_CONSULT_CHAN = ("Get in touch", "Send us your brief {chan} and we'll talk it through.")

CONTACT_HEAD = {"casual": ("Get in touch", "Let's talk", "Say hello"),
                "formal": ("Get in touch", "Contact us")}
CONTACT_BODY = {
    "casual": ("Questions about {topic}? Message us {chan} — we're happy to help.",
               "Want to ask something or place an order? Reach us {chan}.",
               "Questions are welcome. Reach {brand} {chan}."),
    "formal": ("For questions or orders, please contact us {chan}.",
               "Please reach {brand} {chan} — we'll be glad to help.",
               "Have a question about {topic}? Please contact us {chan}."),
}
CONTACT_BODY_NOCHAN = {
    "casual": ("Questions about {topic}? Get in touch — we're happy to help.",),
    "formal": ("For questions or orders, please get in touch.",),
}

SEO_TITLE = ("{brand} — {T2} in {loc}", "{brand} — {T1} in {loc}", "{brand} — {T2}", "{brand} — {T1}",
             "{brand} — {Tsumm}", "{brand} — {Tnoun} in {loc}", "{brand} — {Tnoun}", "{brand} in {loc}", "{brand}")
SEO_DESC_S1 = ("{brand}: {a_noun}{o_loc} offering {plist}.", "{brand} offers {plist}{o_loc}.")
SEO_DESC_S1_NOPROD = ("{brand}: {a_noun}{o_loc} offering {summ}.", "{brand} offers {summ}{o_loc}.")
SEO_DESC_S2 = {"order": "Order easily {chan}.", "book": "Book easily {chan}.", "visit": "Walk in, no booking needed.",
               "register": "Sign up {chan}.", "tickets": "Get tickets {chan}.",
               "consult": "Get in touch {chan}."}
SEO_DESC_S2_NOCHAN = ""
CONTACT_HOURS = "Opening hours: {hours}."
CONTACT_ADDRESS = "Address: {address}."
CONTACT_AREA = "Area served: {area}."
CONTACT_DEST = "Where we go: {area}."
CONTACT_BODY_IG = ("Follow {brand} on Instagram at {ig} for news.",)
CONTACT_BODY_VISIT = ("Visit {brand} at the address below.",)
CTA_SEE = {"menu": "See the menu", "catalog": "Browse the catalogue", "see": "See what we offer"}
CTA_FORM = "Send a message"
HL_ITEMS = ("Take a look", "Everything {brand} offers is on this page.")
