"""Each evidence pass of the classifier (checker/classify/) on its own, then through the Classifier.

Expected values are hand judgements of what the names mean (a privacy engineer reading them),
not outputs copied from the code.
"""
from __future__ import annotations

import pytest

from checker.catalog import load_catalog
from checker.classify import Classifier, PolicyView
from checker.classify.morphology import Lexicon
from checker.classify.notice import notice_words
from checker.classify.roles import agent_noun
from checker.classify.tokens import app_prefix, segment
from checker.model import Column, Confidence, Schema, Table


def table(name: str, *columns) -> Table:
    cols = []
    for spec in columns:
        col_name, family = (spec, "text") if isinstance(spec, str) else spec
        cols.append(Column(table=name, name=col_name, type_family=family))
    return Table(key=name, name=name, schema=None, columns=tuple(cols))


def kinds(classifier: Classifier, *tables: Table) -> dict[tuple[str, str], tuple[str | None, Confidence | None, str]]:
    results = classifier.classify_schema(Schema(tables=tuple(tables)))
    return {(c.column.table, c.column.name): (c.kind, c.confidence, c.reason) for c in results}


def personal(entry) -> str | None:
    kind, confidence, _ = entry
    return kind if confidence is not None and confidence >= Confidence.MEDIUM else None


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(load_catalog())


# ------------------------------------------------------------------ pass 1: segmentation

@pytest.mark.parametrize("token, parts", [
    ("contactphone", ("contact", "phone")),
    ("homeaddress", ("home", "address")),
    ("mothersmaidenname", ("mothers", "maiden", "name")),
])
def test_run_together_english_words_are_split(token, parts):
    assert segment(token) == parts


@pytest.mark.parametrize("token", ["kayttopaikka", "puhelutallenne", "lastseenat", "email", "abc123"])
def test_finnish_compounds_and_short_tokens_stay_whole(token):
    assert segment(token) == (token,)


def test_segmented_names_are_classified(classifier):
    got = kinds(classifier, table("customers", ("id", "number"), "contactphone", "homeaddress", "mothersmaidenname"))
    assert personal(got[("customers", "contactphone")]) == "phone"
    assert personal(got[("customers", "homeaddress")]) == "postal-address"
    assert personal(got[("customers", "mothersmaidenname")]) == "person-name"
    assert "read as" in got[("customers", "contactphone")][2]


def test_a_segmented_flag_is_not_data(classifier):
    # 'allowemail' is a consent flag (labelling policy rule 9), not an e-mail address
    got = kinds(classifier, table("patients", ("id", "number"), "hipaa_allowemail"))
    assert personal(got[("patients", "hipaa_allowemail")]) is None


def test_a_run_together_name_may_end_with_an_abbreviation():
    assert segment("registerip", frozenset({"ip"})) == ("register", "ip")
    assert segment("registerip") == ("registerip",)  # not without the abbreviation
    assert segment("membership", frozenset({"ip"})) == ("membership",)  # an English word stays whole


def test_mysql_folded_names_in_a_people_table(classifier):
    # MySQL folds 'preferredName', 'lastVisit', 'registerIp' to lower case: read as words
    got = kinds(classifier, table(
        "members", ("id", "number"), "preferredname", ("lastvisit", "number"), ("user_lastvisit", "number"),
        "registerip", "signature", ("activity", "number"),
    ))
    assert personal(got[("members", "preferredname")]) == "person-name"
    assert personal(got[("members", "lastvisit")]) == "activity-log"  # a Unix time in an integer
    assert personal(got[("members", "user_lastvisit")]) == "activity-log"  # 'user_' says whose
    assert personal(got[("members", "registerip")]) == "ip-address"
    assert personal(got[("members", "signature")]) == "user-content"  # a forum signature (policy rule 15)
    assert personal(got[("members", "activity")]) is None  # a weak word as a number is a flag, not a time


def test_a_run_together_table_name_is_segmented(classifier):
    # 'clubmember' is about people ('club member'); a weak word counts in such a table
    got = kinds(classifier, table("clubmember", ("id", "number"), "nickname"))
    assert personal(got[("clubmember", "nickname")]) == "person-name"
    got = kinds(classifier, table("clubevent", ("id", "number"), "nickname"))
    assert personal(got[("clubevent", "nickname")]) is None  # nothing about people in 'club event'


def test_a_prefix_that_says_whose_the_column_is_is_read_off(classifier):
    got = kinds(classifier,
                table("site_users", ("id", "number"), "user_pass", "user_activation_key", "user_status", "user_email"),
                table("site_comments", ("comment_id", "number"), ("user_id", "number"), "comment_approved", "comment_content"))
    assert personal(got[("site_users", "user_pass")]) == "password"  # not the user's name
    assert personal(got[("site_users", "user_activation_key")]) in ("credential", "password")  # policy rule 16
    assert personal(got[("site_users", "user_status")]) is None
    assert personal(got[("site_users", "user_email")]) == "email"
    assert personal(got[("site_comments", "comment_approved")]) is None  # a moderation state, not a comment
    assert personal(got[("site_comments", "comment_content")]) in ("free-text", "user-content")  # what the user wrote


def test_a_person_word_before_a_silent_name_still_names_the_person(classifier):
    # 'vastuuhenkilo_vara': the deputy responsible person (aitu), not an empty name
    got = kinds(classifier, table("sopimus", ("id", "number"), "vastuuhenkilo_vara"))
    assert personal(got[("sopimus", "vastuuhenkilo_vara")]) == "person-name"


def test_integers_holding_times_and_addresses_in_a_people_table(classifier):
    # MySQL applications keep Unix times and INET_ATON addresses in integers
    got = kinds(classifier, table(
        "accounts_users", ("id", "number"), ("lastaccess", "number"), ("ip_address", "number"),
        ("ip_block_count", "number"), "skype", "lang",
    ))
    assert personal(got[("accounts_users", "lastaccess")]) == "activity-log"
    assert personal(got[("accounts_users", "ip_address")]) == "ip-address"
    assert personal(got[("accounts_users", "ip_block_count")]) is None  # the bare abbreviation is no address as a number
    assert personal(got[("accounts_users", "skype")]) == "social-media"
    assert personal(got[("accounts_users", "lang")]) == "language"  # the user's chosen language (policy rule 20)


def text_column(table_name: str, name: str, sql_type: str) -> Column:
    return Column(table=table_name, name=name, sql_type=sql_type, type_family="text")


def test_a_person_key_written_as_long_text_is_a_handle(classifier):
    # labelling policy rules 18-19: a text id naming the person (a Matrix '@alice:server', a
    # portal login) is a user name; a UUID-sized text key is a key like a number
    cols = (text_column("inbox", "sender_id", "VARCHAR(128)"), text_column("inbox", "user_id", "TEXT"),
            text_column("inbox", "owner_id", "CHAR(36)"), text_column("inbox", "client_id", "VARCHAR(80)"),
            text_column("inbox", "thread_id", "TEXT"))
    got = kinds(classifier, Table(key="inbox", name="inbox", schema=None, columns=cols))
    assert personal(got[("inbox", "sender_id")]) == "username"
    assert personal(got[("inbox", "user_id")]) == "username"
    assert personal(got[("inbox", "owner_id")]) is None  # a UUID
    assert personal(got[("inbox", "client_id")]) is None  # OAuth's client is an application
    assert personal(got[("inbox", "thread_id")]) is None  # not a person


def test_a_table_of_what_a_person_does_is_their_activity(classifier):
    # labelling policy rule 17: votes, follows, bans of a person; their keys stay keys
    got = kinds(classifier,
                table("poll_votes", ("id", "number"), ("poll_id", "number"), ("user_id", "number"),
                      "vote_option", ("voted_on", "date")),
                table("poll_options", ("id", "number"), ("poll_id", "number"), "option_text"))
    assert personal(got[("poll_votes", "vote_option")]) == "activity-log"
    assert personal(got[("poll_votes", "voted_on")]) == "activity-log"
    assert personal(got[("poll_votes", "poll_id")]) is None
    assert personal(got[("poll_votes", "user_id")]) is None
    assert personal(got[("poll_options", "option_text")]) is None  # nobody's vote: the poll's own text


def test_an_application_prefix_glued_to_table_names_is_found():
    assert app_prefix(["xyuser", "xyroster", "xymucroom", "xyproperty", "xyversion"]) == "xy"
    assert app_prefix(["customers", "orders", "products", "address_book", "admin"]) == ""
    # partitions of one table share a word, not a prefix
    assert app_prefix(["payment", "payment_p2022_01", "payment_p2022_02", "payment_p2022_03", "film"]) == ""
    assert app_prefix(["m_client", "m_loan", "m_group", "m_office"]) == ""  # already split at '_'


def test_the_application_prefix_is_read_off_table_names(classifier):
    schema = [table("xyuser", "username", "name"), table("xyroster", ("id", "number")),
              table("xyproperty", ("id", "number")), table("xyversion", ("id", "number"))]
    got = kinds(classifier, *schema)
    assert personal(got[("xyuser", "name")]) == "person-name"  # 'xyuser' is the users table


def test_the_bare_name_in_a_table_of_a_persons_things_is_the_things(classifier):
    got = kinds(classifier, table("user_flags", ("id", "number"), "username", "name"),
                table("user_profile", ("id", "number"), "name"))
    assert personal(got[("user_flags", "name")]) is None  # the flag's name
    assert personal(got[("user_profile", "name")]) == "person-name"  # the person's own record


def test_names_and_addresses_written_into_a_persons_row(classifier):
    # an order keyed to a customer holds the customer's delivery name and city; the bare
    # 'name' of a row's own thing and a row tied to a company are not a person's
    got = kinds(classifier,
                table("customers", ("id", "number"), "first_name", "email"),
                table("deliveries", ("id", "number"), ("customer_id", "number"), "delivery_name", "billing_city", "name"),
                )
    assert personal(got[("deliveries", "delivery_name")]) == "person-name"
    assert personal(got[("deliveries", "billing_city")]) == "postal-address"
    assert personal(got[("deliveries", "name")]) is None
    # northwind: the customers are companies, so an order's ship-to name is a company's
    got = kinds(classifier,
                table("customers", ("customer_id", "number"), "company_name", "contact_name", "phone"),
                table("orders", ("id", "number"), ("customer_id", "number"), "ship_name", "ship_city"))
    assert personal(got[("orders", "ship_name")]) is None
    assert personal(got[("orders", "ship_city")]) is None


def test_the_head_of_a_name_decides_among_weak_words(classifier):
    # 'recipient' alone would be an address; 'recipient_name' is a name
    got = kinds(classifier, table("patients", ("id", "number"), "recipient_name"))
    assert personal(got[("patients", "recipient_name")]) == "person-name"


def test_login_counters_salts_and_pins_of_a_person(classifier):
    # labelling policy rules 16-17: counts of a person's logins are their activity, a salt
    # and a PIN are credentials
    got = kinds(classifier, table("staff", ("id", "number"), ("failed_logins", "number"),
                                  ("number_of_logons", "number"), "salt", "pin", "delivery_suburb"))
    assert personal(got[("staff", "failed_logins")]) == "activity-log"
    assert personal(got[("staff", "number_of_logons")]) == "activity-log"
    assert personal(got[("staff", "salt")]) == "password"
    assert personal(got[("staff", "pin")]) == "password"
    assert personal(got[("staff", "delivery_suburb")]) == "postal-address"


def test_a_text_audit_user_names_a_user_in_any_table(classifier):
    # labelling policy rule 8: 'updated_by' as text names the user, even in a code table;
    # as a number it is a key
    got = kinds(classifier, table("language_codes", ("id", "number"), "updated_by", ("created_by", "number")))
    assert personal(got[("language_codes", "updated_by")]) == "username"
    assert personal(got[("language_codes", "created_by")]) is None


def test_a_weak_word_before_a_key_to_another_record_is_no_value(classifier):
    # 'school_id' points to the schools table (a record of the schema), unlike a coded
    # value; 'session_id' is itself the weak term (a cookie), not a key to 'sessions'
    got = kinds(classifier,
                table("schools", ("id", "number"), "title", "address"),
                table("students", ("id", "number"), ("school_id", "number"), "first_name", "session_id"),
                table("sessions", ("id", "number")))
    assert personal(got[("students", "school_id")]) is None
    assert personal(got[("students", "session_id")]) == "cookie-id"


def test_stored_card_columns_and_the_last_login_address(classifier):
    got = kinds(classifier, table("orders", ("id", "number"), ("customer_id", "number"), "cc_number", "cc_expires"),
                table("customers", ("id", "number"), "last_login_ip", "email"))
    assert personal(got[("orders", "cc_number")]) == "payment-card"
    assert personal(got[("orders", "cc_expires")]) == "payment-card"
    assert personal(got[("customers", "last_login_ip")]) == "ip-address"  # an address, not a time


def test_message_and_review_tables_hold_what_their_authors_wrote(classifier):
    # labelling policy rule 15: a review's text and a mail's subject are their author's content
    got = kinds(classifier,
                table("msg_inbox", ("id", "number"), ("from_user_id", "number"), "mail_subject"),
                table("reviews", ("id", "number"), ("customer_id", "number"), "reviews_text", ("rating", "number")),
                table("roster", ("id", "number"), "jid"))
    assert personal(got[("msg_inbox", "mail_subject")]) in ("user-content", "free-text")
    assert personal(got[("reviews", "reviews_text")]) in ("user-content", "free-text")
    assert personal(got[("reviews", "rating")]) is None  # a number is nobody's writing
    assert personal(got[("roster", "jid")]) == "username"  # a contact's XMPP address


def test_a_childs_record_is_about_a_person(classifier):
    # children are people: their language at home is theirs (rule 20), and a key to a
    # child is a key, not the child's health (the guard on special categories)
    got = kinds(classifier,
                table("child", ("id", "number"), "language_at_home", "allergies", "diet"),
                table("guardian", ("guardian_id", "number"), ("child_id", "number")))
    assert personal(got[("child", "language_at_home")]) == "language"
    assert personal(got[("guardian", "child_id")]) is None


def test_id_first_keys_and_message_directions_tie_a_row_to_a_person(classifier):
    # 'id_users_customer' (the id_X convention) and a text 'to_user' tie their rows to a person,
    # so notes and a mail's subject there are that person's
    got = kinds(classifier,
                table("appointments", ("id", "number"), ("id_users_customer", "number"), "notes"),
                table("msg_inbox", ("mail_id", "number"), "from_user", "to_user", "mail_subject"),
                table("sukupuoli", ("id", "number"), "muutettu_kayttaja", "kuvaus"))
    assert personal(got[("appointments", "notes")]) == "free-text"
    assert personal(got[("msg_inbox", "mail_subject")]) in ("user-content", "free-text")
    assert personal(got[("sukupuoli", "kuvaus")]) is None  # an audit user does not own a code table's rows


def test_the_times_of_a_persons_appointment_or_attendance_are_activity(classifier):
    # rule 7: the date of an event in the person's record (a visit) is theirs; a log's date
    # is when the row was written; an id_X column is a key; a time zone is a setting (rule 20)
    got = kinds(classifier,
                table("child", ("id", "number"), "first_name"),
                table("child_attendance", ("id", "number"), ("child_id", "number"), ("date", "date"),
                      ("arrived", "date"), ("created_at", "date"), ("id_calendar", "text"), "timezone"),
                table("access_log", ("id", "number"), ("user_id", "number"), ("date", "date")))
    assert personal(got[("child_attendance", "date")]) == "activity-log"
    assert personal(got[("child_attendance", "arrived")]) == "activity-log"
    assert personal(got[("child_attendance", "created_at")]) is None
    assert personal(got[("child_attendance", "id_calendar")]) is None
    assert personal(got[("child_attendance", "timezone")]) is None
    assert personal(got[("access_log", "date")]) is None


def test_a_persons_orders_are_their_purchases_unless_the_customer_is_a_company(classifier):
    got = kinds(classifier,
                table("customers", ("id", "number"), "first_name", "email"),
                table("orders", ("id", "number"), ("customer_id", "number"), ("order_total", "number")))
    assert personal(got[("orders", "order_total")]) == "payment-history"
    got = kinds(classifier,
                table("customers", ("customer_id", "number"), "company_name", "contact_name", "phone"),
                table("orders", ("id", "number"), ("customer_id", "number"), ("freight", "number")))
    assert personal(got[("orders", "freight")]) is None  # northwind: a company's order


def test_english_plurals_of_catalog_words(classifier):
    got = kinds(classifier, table("person", ("id", "number"), "nationalities", "phones", ("status", "text")))
    assert personal(got[("person", "nationalities")]) == "nationality"
    assert personal(got[("person", "phones")]) == "phone"
    assert personal(got[("person", "status")]) is None  # not a plural of 'statu'


def test_a_schools_table_is_an_organisations(classifier):
    # labelling policy rule 3: a school's address and phone are not a person's
    got = kinds(classifier, table("schools", ("id", "number"), "address", "phone"),
                table("students", ("id", "number"), "last_school", "address"))
    assert personal(got[("schools", "address")]) is None
    assert personal(got[("schools", "phone")]) is None
    assert personal(got[("students", "address")]) == "postal-address"


def test_a_qualified_last_login_a_poster_and_a_nick(classifier):
    got = kinds(classifier, table("citizen_user", ("id", "number"), ("last_strong_login", "date"),
                                  ("last_known_address", "text"), ("password", "json"), "nick"),
                table("thread_entry", ("id", "number"), ("user_id", "number"), "poster"))
    assert personal(got[("citizen_user", "last_strong_login")]) == "activity-log"  # rule 17
    assert personal(got[("citizen_user", "last_known_address")]) == "postal-address"  # not a 'last_X' activity
    assert personal(got[("citizen_user", "password")]) == "password"  # a hash kept as JSON
    assert personal(got[("citizen_user", "nick")]) == "person-name"
    assert personal(got[("thread_entry", "poster")]) in ("username", "person-name")  # who posted (rule 18)


def test_a_persons_img_is_their_photo(classifier):
    got = kinds(classifier, table("staff", ("id", "number"), ("img_content", "binary")),
                table("products", ("id", "number"), "img"))
    assert personal(got[("staff", "img_content")]) == "photo"
    assert personal(got[("products", "img")]) is None  # a product's picture


def test_a_lone_role_noun_ties_its_row_to_the_person(classifier):
    # the reporter's explanation is about their row; a node's creator does not own the
    # node's description; 'headers' are no role
    got = kinds(classifier,
                table("vastaanotot", ("id", "number"), "ilmoittaja", "selite"),
                table("pubsub_node", ("id", "number"), "creator", "description"),
                table("entry_email", ("id", "number"), "headers", "notes"))
    assert personal(got[("vastaanotot", "selite")]) == "free-text"
    assert personal(got[("pubsub_node", "description")]) is None
    assert personal(got[("entry_email", "notes")]) is None


def test_income_kept_as_json(classifier):
    got = kinds(classifier, table("fee_decision", ("id", "number"), ("person_id", "number"), ("partner_income", "json")))
    assert personal(got[("fee_decision", "partner_income")]) == "income"


def test_the_content_a_person_wrote_or_uploaded(classifier):
    got = kinds(classifier,
                table("message_draft", ("id", "number"), ("account_id", "number"), ("sender_id", "number"), "content"),
                table("staff", ("id", "number"), ("img_content", "binary")),
                table("pages", ("id", "number"), "content"))
    assert personal(got[("message_draft", "content")]) == "user-content"  # rule 15
    assert personal(got[("staff", "img_content")]) == "photo"  # an image's content is a photo
    assert personal(got[("pages", "content")]) is None  # nobody's row


def test_an_employees_education_salary_and_dependents(classifier):
    got = kinds(classifier,
                table("employees", ("id", "number"), "first_name", ("termination_date", "date"), "contact_number"),
                table("employee_education", ("id", "number"), ("employee_id", "number"), "institute", "major"),
                table("employee_salary", ("id", "number"), ("employee_id", "number"), ("amount", "number")),
                table("employee_dependents", ("id", "number"), ("employee_id", "number"), "name"))
    assert personal(got[("employees", "termination_date")]) == "employment"
    assert personal(got[("employees", "contact_number")]) == "phone"
    assert personal(got[("employee_education", "major")]) == "education"
    assert personal(got[("employee_salary", "amount")]) == "income"
    assert personal(got[("employee_dependents", "name")]) == "person-name"  # dependents are people


def test_lists_of_keys_and_reactions(classifier):
    got = kinds(classifier,
                table("posts", ("id", "number"), ("user_id", "number"), "message", "fileids"),
                table("reactions", ("user_id", "number"), ("post_id", "number"), "emoji"))
    assert personal(got[("posts", "fileids")]) is None  # keys of the post's files, not its text
    assert personal(got[("posts", "message")]) == "user-content"
    assert personal(got[("reactions", "emoji")]) == "activity-log"  # a person's reaction (rule 17)


def test_an_ambiguous_place_word_needs_an_address_in_the_row(classifier):
    # an order with the customer's name and birth date copied in is about people, but its
    # 'state' is the order's; in a people table with a street it is part of the address
    got = kinds(classifier,
                table("sales_order", ("id", "number"), "customer_firstname", ("customer_dob", "date"), "state",
                      "x_forwarded_for"),
                table("addresses", ("id", "number"), ("customer_id", "number"), "street", "state"))
    assert personal(got[("sales_order", "state")]) is None
    assert personal(got[("sales_order", "x_forwarded_for")]) == "ip-address"
    assert personal(got[("addresses", "state")]) == "postal-address"


def test_the_name_of_who_modified_a_record(classifier):
    # labelling policy rule 8: a text naming the user who edited the row is a user name
    got = kinds(classifier, table("messages", ("id", "number"), ("member_id", "number"), "body", "modified_name",
                                  ("modified_time", "number")))
    assert personal(got[("messages", "modified_name")]) == "username"
    assert personal(got[("messages", "modified_time")]) is None


def test_counts_of_a_persons_own_actions(classifier):
    # labelling policy rule 17: a member's post count is their activity; a topic's reply
    # count is nobody's
    got = kinds(classifier, table("members", ("id", "number"), ("posts", "number"), ("login_count", "number"),
                                  ("post", "number")),
                table("topics", ("id", "number"), ("member_id", "number"), ("num_replies", "number")))
    assert personal(got[("members", "posts")]) == "activity-log"
    assert personal(got[("members", "login_count")]) == "activity-log"
    assert personal(got[("members", "post")]) is None
    assert personal(got[("topics", "num_replies")]) is None


# ------------------------------------------------------------------ pass 2: morphology

@pytest.fixture(scope="module")
def people() -> Lexicon:
    return Lexicon((w, w) for w in ("asiakas", "omistaja", "henkilo", "henkilot", "kayttaja", "anvandare"))


@pytest.mark.parametrize("token, word", [
    ("asiakkaan", "asiakas"), ("asiakkaat", "asiakas"), ("omistajan", "omistaja"),
    ("kayttajan", "kayttaja"), ("anvandarens", "anvandare"),
])
def test_inflected_forms_read_as_their_base_word(people, token, word):
    assert people.find(token, compounds=False)[0] == word


def test_a_compound_with_a_short_head_is_not_an_inflection(people):
    assert people.find("henkilotyyppi", compounds=False) is None  # henkilö + tyyppi, not 'henkilöt'


def test_compounds_and_gradation():
    notice = Lexicon((w, w) for w in ("puhelutallenteet", "kielto", "mittaus"))
    assert notice.find("puhelutallenne")[0] == "puhelutallenteet"  # nne ~ nte
    assert notice.find("markkinointikiellot")[0] == "kielto"  # lt ~ ll, a compound's head
    assert notice.find("mittauslukema")[0] == "mittaus"  # a compound's first part
    assert notice.find("kanava") is None


# ------------------------------------------------------------------ pass 3: the notice's words

def test_notice_words_drop_generic_heads_and_keep_examples():
    assert notice_words("suoramarkkinoinnin kieltotiedot") == ["suoramarkkinoinnin", "kielto"]
    assert "omistaja" in notice_words("kiinteistötiedot (kiinteistötunnus, kiinteistön nimi, omistaja)")
    assert notice_words("mittausdata / kulutustiedot") == ["mittaus", "kulutus"]


class _Policy:
    """The parts of a loaded policy PolicyView.from_policy reads."""

    def __init__(self, groups):
        self.groups = groups

    def categories(self):
        for gi, group in enumerate(self.groups):
            for ci, category in enumerate(group["categories"]):
                yield ("category_groups", gi, "categories", ci), group, category


NOTICE = _Policy([{
    "id": "g", "label": {"fi": "Muut"}, "section": "4",
    "categories": [
        {"id": "metering", "label": {"fi": "mittausdata"}, "kinds": ["energy-consumption"], "section": "4"},
        {"id": "recordings", "label": {"fi": "puhelutallenteet", "en": "call recordings"}, "kinds": ["voice-recording"], "section": "5"},
        {"id": "health", "label": {"fi": "kuntoutusjaksot"}, "kinds": ["health-data"], "section": "4"},
        {"id": "ids", "label": {"fi": "henkilötunnukset"}, "kinds": ["national-id"], "section": "4"},
    ],
}])


@pytest.fixture(scope="module")
def noticed() -> Classifier:
    return Classifier(load_catalog(), PolicyView.from_policy(NOTICE))


def test_a_column_named_in_the_notice_words_gets_its_category(noticed):
    got = kinds(noticed, table("lukemat", ("id", "number"), ("asiakas_id", "number"), ("mittaustulos", "number")))
    kind, confidence, reason = got[("lukemat", "mittaustulos")]
    assert kind == "energy-consumption" and confidence == Confidence.MEDIUM
    assert "'mittausdata'" in reason and "section 4" in reason


# ------------------------------------------------------------------ pass 5: tables that are categories

def test_columns_of_a_table_named_as_a_category_take_it(noticed):
    got = kinds(noticed, table("puhelutallenteet", ("id", "number"), ("asiakas_id", "number"), "tiedosto", ("tallennettu", "date")))
    assert personal(got[("puhelutallenteet", "tiedosto")]) == "voice-recording"
    assert "section 5" in got[("puhelutallenteet", "tiedosto")][2]
    assert personal(got[("puhelutallenteet", "tallennettu")]) is None  # record keeping
    assert personal(got[("puhelutallenteet", "asiakas_id")]) is None  # a key


def test_guard_table_context_never_gives_special_or_national_id(noticed):
    # (a table named after a special category in the catalog's own words, 'form_vitals', is
    # the one exception: see the README's classification section)
    got = kinds(noticed, table("kuntoutusjaksot", ("id", "number"), ("asiakas_id", "number"), "kuvaus"),
                table("henkilotunnukset", ("id", "number"), ("asiakas_id", "number"), "saatekirje", "tunniste_token"))
    assert got[("kuntoutusjaksot", "kuvaus")][0] != "health-data"
    assert got[("henkilotunnukset", "saatekirje")][0] != "national-id"
    assert got[("henkilotunnukset", "tunniste_token")][0] != "national-id"


# ------------------------------------------------------------------ pass 4: people in roles

@pytest.mark.parametrize("word", ["omistaja", "soittajan", "hakija", "ilmoittaja", "reviewer", "caller",
                                  "applicant", "sender", "creator", "invitee", "agare", "sokande"])
def test_agent_nouns_are_roles(word):
    assert agent_noun(word, frozenset())


@pytest.mark.parametrize("word", ["server", "number", "folder", "parameter", "software", "coffee"])
def test_things_shaped_like_agent_nouns_are_not(word):
    nots = load_catalog().sections["not_roles"]["en"]
    assert not agent_noun(word, frozenset(nots))


def test_role_columns(classifier):
    got = kinds(classifier, table(
        "reviews", ("id", "number"), ("product_id", "number"), "reviewer", "caller_number", ("owner_id", "number"),
        "sender_email", ("rating", "number")))
    assert personal(got[("reviews", "reviewer")]) == "username"
    assert personal(got[("reviews", "caller_number")]) == "phone"
    assert personal(got[("reviews", "sender_email")]) == "email"
    assert personal(got[("reviews", "owner_id")]) is None  # a key to the person (README: keys)


def test_finnish_role_columns(classifier):
    got = kinds(classifier, table("kiinteisto", ("kiinteisto_id", "number"), "omistaja", "soittajan_numero"))
    assert personal(got[("kiinteisto", "omistaja")]) == "person-name"
    assert personal(got[("kiinteisto", "soittajan_numero")]) == "phone"


def test_roles_in_catalogue_tables_are_not_people(classifier):
    # labelling policy rule 14: composers and providers of a catalogue are not read as users
    got = kinds(classifier, table("tracks", ("id", "number"), "composer", "provider"))
    assert personal(got[("tracks", "composer")]) is None
    assert personal(got[("tracks", "provider")]) is None


# ------------------------------------------------------------------ keys that point to a person

def test_a_key_repeating_a_people_tables_number_is_a_link(classifier):
    got = kinds(classifier,
                table("asiakkaat", ("asiakasnumero", "number"), "etunimi"),
                table("laskut", ("lasku_id", "number"), ("asiakasnumero", "number"), ("summa", "number")))
    assert personal(got[("asiakkaat", "asiakasnumero")]) == "customer-number"
    assert got[("laskut", "asiakasnumero")][0] is None
    assert "key to table 'asiakkaat'" in got[("laskut", "asiakasnumero")][2]


# ------------------------------------------------------------------ credentials

def test_credentials_of_a_users_row(classifier):
    got = kinds(classifier, table("users", ("id", "number"), "email", ("hashed_password", "binary"),
                                  ("hashed_one_time_passcode", "binary"), "private_key"))
    assert personal(got[("users", "hashed_password")]) == "password"
    for name in ("hashed_one_time_passcode", "private_key"):
        assert personal(got[("users", name)]) == "credential", name


def test_tokens_of_a_persons_row_but_not_their_names_or_key_ids(classifier):
    got = kinds(classifier, table("api_keys", ("id", "number"), ("user_id", "number"), ("token", "binary"),
                                  "token_name", "oauth_access_token_key_id", "scope"))
    assert personal(got[("api_keys", "token")]) == "credential"
    for name in ("token_name", "oauth_access_token_key_id", "scope"):
        assert personal(got[("api_keys", name)]) is None, name


# ------------------------------------------------------------------ guard rails: ambiguous words

@pytest.mark.parametrize("name", ["orders", "invoice", "stock_items", "shipments"])
def test_ambiguous_special_words_in_records_of_something_else_are_only_prompts(classifier, name):
    got = kinds(classifier, table(name, ("id", "number"), ("customer_id", "number"), ("weight_kg", "number"),
                                  ("height", "number"), ("oid", "text")))
    for column in ("weight_kg", "height", "oid"):
        assert personal(got[(name, column)]) is None, column  # never a PN202 error


def test_ambiguous_words_count_in_a_table_about_people(classifier):
    got = kinds(classifier, table("patients", ("id", "number"), ("weight_kg", "number"), "name"))
    assert personal(got[("patients", "weight_kg")]) == "health-data"
    assert personal(got[("patients", "name")]) == "person-name"


def test_types_veto_text_kinds(classifier):
    got = kinds(classifier, table("users", ("id", "number"), ("email_verified", "boolean"), ("name_changed", "date"),
                                  ("email_count", "number")))
    assert personal(got[("users", "email_verified")]) is None
    assert got[("users", "name_changed")][0] != "person-name"
    assert got[("users", "email_count")][0] != "email"


# ------------------------------------------------------------------ what people write and do

def test_content_of_a_row_tied_to_a_person(classifier):
    got = kinds(classifier, table("messages", ("id", "number"), ("from_user_id", "number"), "body",
                                  ("message_status", "text"), ("sent_at", "date")))
    assert personal(got[("messages", "body")]) == "user-content"  # never payment history by analogy
    assert personal(got[("messages", "message_status")]) is None  # workflow, not content
    assert personal(got[("messages", "from_user_id")]) is None  # a key


def test_group_membership_is_not_employment(classifier):
    got = kinds(classifier, table("room_memberships", ("room_id", "number"), ("user_id", "number"), ("joined_at", "date"), "role"))
    assert all(v[0] != "employment" or v[1] == Confidence.LOW for v in got.values())


def test_an_oid_is_a_national_id_only_when_it_is_a_persons(classifier):
    got = kinds(classifier, table("valinnantilat", ("hakemus_oid", "text"), ("hakukohde_oid", "text"),
                                  ("henkilo_oid", "text"), ("tila", "text")))
    assert personal(got[("valinnantilat", "henkilo_oid")]) == "national-id"
    assert got[("valinnantilat", "hakukohde_oid")][0] is None  # the OID of an application target
    assert got[("valinnantilat", "hakemus_oid")][0] is None


def test_weight_in_an_order_with_the_buyers_name_is_not_health_data(classifier):
    # the shipping name makes the row a person's, but the order's weight is the parcel's
    got = kinds(classifier, table("orders", ("id", "number"), "shipping_first_name", ("weight_kg", "number")))
    assert personal(got[("orders", "shipping_first_name")]) == "person-name"
    assert personal(got[("orders", "weight_kg")]) is None


def test_posts_and_reads(classifier):
    got = kinds(classifier,
                table("posts", ("id", "number"), ("user_id", "number"), "raw", ("like_count", "number"), ("created_at", "date")),
                table("message_reads", ("message_id", "number"), ("user_id", "number"), ("read_at", "date")))
    assert personal(got[("posts", "raw")]) == "user-content"
    assert personal(got[("posts", "like_count")]) is None
    assert personal(got[("posts", "created_at")]) is None
    assert personal(got[("message_reads", "read_at")]) == "activity-log"  # a read receipt is not payment history


def test_a_numeric_by_column_is_a_key_to_a_user(classifier):
    got = kinds(classifier, table("prescriptions", ("id", "number"), ("patient_id", "number"), ("prescribed_by", "number"),
                                  ("dose", "text")))
    assert personal(got[("prescriptions", "prescribed_by")]) is None
    assert personal(got[("prescriptions", "dose")]) == "health-data"  # the table's own name says it


def test_a_key_to_a_person_is_a_key_whatever_its_type(classifier):
    got = kinds(classifier, table("user_access_tokens", ("id", "text"), ("user_id", "text"), ("sender_id", "text"),
                                  ("token", "text")))
    assert personal(got[("user_access_tokens", "user_id")]) is None
    assert personal(got[("user_access_tokens", "sender_id")]) is None
    assert personal(got[("user_access_tokens", "token")]) == "credential"


def test_inflected_catalog_words_are_read_as_their_base_word(classifier):
    got = kinds(classifier, table("asukaspalautteet", ("palaute_id", "number"), "jattajan_nimi", "palautteen_teksti",
                                  ("henkiloid", "number")))
    assert personal(got[("asukaspalautteet", "palautteen_teksti")]) == "user-content"
    assert "'palautteen' read as 'palaute'" in got[("asukaspalautteet", "palautteen_teksti")][2]
    assert personal(got[("asukaspalautteet", "henkiloid")]) is None  # a key, not an inflected word


# ------------------------------------------------------------------ a name of a thing

def test_a_name_qualified_by_a_things_kind_is_that_thing(classifier):
    """'img_name' in a staff table names the staff member's picture (a photo), 'school_name' in
    a student's record their school (education); a name qualified by a person word, a role or
    a recipient stays the person's name."""
    got = kinds(classifier, table("staff", ("staff_id", "number"), "first_name", "img_name", "school_name",
                                  "contact_name", "recipient_name", "owner_name"))
    assert personal(got[("staff", "img_name")]) == "photo"
    assert personal(got[("staff", "school_name")]) == "education"
    for name in ("contact_name", "recipient_name", "owner_name"):
        assert personal(got[("staff", name)]) == "person-name", name


def test_a_name_in_a_persons_sub_record_names_the_records_subject(classifier):
    """In 'student_medical_alerts' (a student's record whose own name says medical) the
    'alert_title' is the title of the alert, health data, not the student's name; the bare
    'name' of a student's own table stays their name."""
    got = kinds(classifier, table("student_medical_alerts", ("id", "number"), ("student_id", "number"), "alert_title"),
                table("students", ("student_id", "number"), "name"))
    assert personal(got[("student_medical_alerts", "alert_title")]) == "health-data"
    assert personal(got[("students", "name")]) == "person-name"


def test_a_person_at_the_head_of_a_name_is_whom_the_value_is(classifier):
    """'cc_owner' in an order is the card owner's name, not an e-mail copy ('cc'); 'cc_email'
    in the same row (an e-mail word at the head) stays an e-mail address."""
    got = kinds(classifier, table("orders", ("order_id", "number"), ("customer_id", "number"), "cc_owner", "cc_email"))
    assert personal(got[("orders", "cc_owner")]) == "person-name"
    assert personal(got[("orders", "cc_email")]) == "email"


def test_a_tables_own_number_is_never_data_even_when_its_name_is(classifier):
    # 'mittauslukema' (meter reading) names energy data, but 'mittauslukema_id' is the row's
    # number; the reading itself ('lukema') is the data. A key to another table named after
    # a kind ('kansalaisuus_id' in a person's link table) is not the table's own key.
    got = kinds(
        classifier,
        table("mittauslukema", ("mittauslukema_id", "number"), ("lukema", "number")),
        table("henkilo_kansalaisuus", ("henkilo_id", "number"), ("kansalaisuus_id", "number")),
    )
    assert personal(got[("mittauslukema", "mittauslukema_id")]) is None
    assert "own key" in got[("mittauslukema", "mittauslukema_id")][2]
    assert got[("mittauslukema", "lukema")][0] == "energy-consumption"
    assert "own key" not in got[("henkilo_kansalaisuus", "kansalaisuus_id")][2]
