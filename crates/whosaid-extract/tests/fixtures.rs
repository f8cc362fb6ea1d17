//! Data-driven extraction tests: short news snippets and the statements, relations and
//! roles a reader would find in them. Snippets are written for these tests in the style
//! of wire copy (no article text is copied), plus Wikinews text where marked (CC BY 2.5).

use whosaid_extract::{extract, Extraction};

/// One line per statement: `kind speaker <- mention: content | about`. A continuation
/// or participle shows the mention of the attribution it continues.
fn statements(x: &Extraction) -> Vec<String> {
    x.statements
        .iter()
        .map(|s| {
            let about: Vec<&str> = s.about.iter().map(|a| a.name.as_str()).collect();
            format!(
                "{:?} {} <- {}: {} | {}",
                s.kind,
                s.speaker.name,
                s.speaker.mention.as_ref().map_or("-", |m| m.text.as_str()),
                s.content.text,
                about.join(", ")
            )
        })
        .collect()
}

fn check(text: &str, expected: &[&str]) {
    let x = extract(text, None);
    let got = statements(&x);
    assert_eq!(got, expected, "\ntext: {text}\n");
    for s in &x.statements {
        assert_eq!(
            &text[s.content.start as usize..s.content.end as usize],
            s.content.text
        );
    }
}

fn relations(text: &str) -> Vec<String> {
    extract(text, None)
        .relations
        .iter()
        .map(|r| {
            format!(
                "{} {:?} {:?} {} {}",
                r.source.name, r.polarity, r.modality, r.predicate, r.target.name
            )
        })
        .collect()
}

#[test]
fn quote_then_titled_speaker() {
    check(
        "\u{201c}We will not back down,\u{201d} Foreign Minister Jane Doe told reporters on Friday.",
        &["Direct Jane Doe <- Foreign Minister Jane Doe: We will not back down | "],
    );
}

#[test]
fn quote_then_inverted_speaker() {
    check(
        "\"Prices will rise again,\" said John Smith, an economist at the bank.",
        &["Direct John Smith <- John Smith: Prices will rise again | "],
    );
}

#[test]
fn appositive_between_name_and_verb() {
    check(
        "Hugh Hill, a doctor at the clinic, said the patients were stable.",
        &["Indirect Hugh Hill <- Hugh Hill: the patients were stable | "],
    );
}

#[test]
fn colon_attribution_with_addressee() {
    check(
        "Prime Minister Ana Ruiz spoke on Monday. Ruiz told the BBC: \u{201c}It is over for Spain.\u{201d}",
        &["Direct Ana Ruiz <- Ruiz: It is over for Spain. | Spain"],
    );
}

#[test]
fn pronoun_resolves_across_paragraphs_to_the_last_speaker() {
    check(
        "The council will vote in May, Mayor Ann Lee said.\n\n\u{201c}I expect it to pass easily,\u{201d} she said.",
        &[
            "Indirect Ann Lee <- Mayor Ann Lee: The council will vote in May | ",
            "Direct Ann Lee <- she: I expect it to pass easily | ",
        ],
    );
}

#[test]
fn according_to_at_start_and_end() {
    check(
        "According to the United Nations, 900 people were rescued off the coast.",
        &["Indirect United Nations <- United Nations: 900 people were rescued off the coast | "],
    );
    check(
        "More than 900 people were rescued, according to the United Nations.",
        &["Indirect United Nations <- United Nations: More than 900 people were rescued | "],
    );
}

#[test]
fn reported_speech_before_a_body_speaker() {
    check(
        "Talks with Iran will resume next week, the State Department said on Tuesday.",
        &["Indirect State Department <- State Department: Talks with Iran will resume next week | Iran"],
    );
}

#[test]
fn unattributed_quote_paragraph_continues_the_speaker() {
    check(
        "\u{201c}We did our best,\u{201d} coach Tom Reyes said.\n\n\u{201c}The players gave everything they had tonight.\u{201d}",
        &[
            "Direct Tom Reyes <- Tom Reyes: We did our best | ",
            "Direct Tom Reyes <- Tom Reyes: The players gave everything they had tonight. | ",
        ],
    );
}

#[test]
fn quote_over_two_paragraphs_takes_the_later_attribution() {
    check(
        "\u{201c}The first part of a long answer runs here.\n\n\u{201c}And the rest of it comes here,\u{201d} Senator Mary Cole said.",
        &[
            "Direct Mary Cole <- Senator Mary Cole: The first part of a long answer runs here. | ",
            "Direct Mary Cole <- Senator Mary Cole: And the rest of it comes here | ",
        ],
    );
}

#[test]
fn adding_that_continues_the_speaker() {
    check(
        "\u{201c}It is possible,\u{201d} Kirby said, adding that there were no plans for talks.",
        &[
            "Direct Kirby <- Kirby: It is possible | ",
            "Indirect Kirby <- Kirby: there were no plans for talks | ",
        ],
    );
}

#[test]
fn partial_quote_in_reported_speech_is_mixed() {
    check(
        "Secretary of State John Kerry called the advance an \u{201c}existential threat\u{201d} for Iraq.",
        &["Mixed John Kerry <- Secretary of State John Kerry: existential threat | Iraq"],
    );
}

#[test]
fn group_speakers() {
    check(
        "Western diplomats said the sanctions on Iran would stay.",
        &["Indirect Western diplomats <- Western diplomats: the sanctions on Iran would stay | Iran"],
    );
    check(
        "Iranian officials said the talks had failed.",
        &["Indirect Iran officials <- Iranian officials: the talks had failed | "],
    );
}

#[test]
fn possessive_country_gives_the_role() {
    let x = extract(
        "New Zealand's Prime Minister John Key said the vote would go ahead.",
        None,
    );
    let key = x.actors.iter().find(|a| a.name == "John Key").unwrap();
    assert_eq!(key.roles[0].title, "Prime Minister");
    assert_eq!(key.roles[0].of.as_ref().unwrap().name, "New Zealand");
    assert!(key.official);
}

#[test]
fn company_spokesman_is_not_an_official_but_a_ministry_spokesman_is() {
    let x = extract("Acme Corp spokesman Bob Jones said sales fell. Pentagon spokesman Jim Roe said the drills ended.", None);
    let official = |n: &str| x.actors.iter().find(|a| a.name == n).unwrap().official;
    assert!(!official("Bob Jones"));
    assert!(official("Jim Roe"));
}

#[test]
fn capitals_stand_for_governments_except_as_places() {
    let x = extract(
        "Washington accused Moscow of meddling, officials in Vienna said.",
        None,
    );
    let names: Vec<&str> = x.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(
        names.contains(&"United States") && names.contains(&"Russia"),
        "{names:?}"
    );
    assert!(
        names.contains(&"Vienna") && !names.contains(&"Austria")
            || x.actors
                .iter()
                .any(|a| a.name == "Vienna" && a.kind == whosaid_model::ActorKind::Location)
    );
}

/// Regression: "States" in "United States" was read as the verb "states", cutting the
/// clause before the relation's object.
#[test]
fn capitalised_words_are_not_reporting_verbs() {
    assert_eq!(
        relations("Iran will not negotiate with the United States."),
        ["Iran Negative Asserted talks-with United States"]
    );
    check(
        "The United States said the deal was done.",
        &["Indirect United States <- United States: the deal was done | "],
    );
}

#[test]
fn relation_polarity_and_modality() {
    assert_eq!(
        relations("Iran will not negotiate with the United States, officials said."),
        ["Iran Negative Asserted talks-with United States"]
    );
    assert_eq!(
        relations("Russia could hold talks with Ukraine next month."),
        ["Russia Positive Possible talks-with Ukraine"]
    );
    assert_eq!(
        relations("China plans to meet with Japan in June."),
        ["China Positive Planned talks-with Japan"]
    );
    assert_eq!(
        relations("Turkey denied coordinating with Syria."),
        ["Turkey Positive Denied coordinates-with Syria"]
    );
    assert_eq!(
        relations("France accused Italy of breaking the deal."),
        ["France Positive Asserted accuses Italy"]
    );
}

#[test]
fn bylines_and_disclaimers_are_not_statements() {
    check("Officials said the port reopened.\n\nBy Reuters\n\nThe Site is not responsible for the content of quoted articles, it said.", &["Indirect officials <- Officials: the port reopened | "]);
}

#[test]
fn unbalanced_quotes_and_odd_input_never_panic() {
    for text in [
        "\u{201c}This quote never closes, the minister said.",
        "\u{201d}Closing first\u{201c} then opening",
        "\"\"\"\"",
        "said said said, said.",
        "According to",
        "\u{201c}",
        "Mr. . . . U.S.-",
        "a\u{a0}b\u{2009}c \u{2014} d \u{2026}",
        "",
        "\n\n\n",
        "ÀÉÎ \u{10ffff} \u{fffd} 😀 said the man.",
    ] {
        let x = extract(text, None);
        for s in &x.statements {
            assert_eq!(
                &text[s.content.start as usize..s.content.end as usize],
                s.content.text
            );
        }
    }
}

#[test]
fn wikinews_korea_attributions() {
    // Wikinews, "North Korea puts military in 'quasi-state of war'" (2015), CC BY 2.5, via GUM.
    let text = "The KCNA said, \" Foolhardy provocation deserves harsh punishment \" .\n\nSouth Korea says the broadcasts will continue.";
    let x = extract(text, None);
    let got = statements(&x);
    assert_eq!(
        got[1],
        "Indirect South Korea <- South Korea: the broadcasts will continue | "
    );
}

#[test]
fn participles_introduce_quotes_for_the_sentence_subject() {
    check(
        "Hillary Clinton posted a comment of her own, saying, \u{201c}We are so excited to meet our grandchild!\u{201d}",
        &["Direct Hillary Clinton <- Hillary Clinton: We are so excited to meet our grandchild! | "],
    );
}

#[test]
fn colon_at_paragraph_end_attributes_the_next_quote() {
    check(
        "Ted Cruz spoke at length.\n\nCruz continued:\n\n\u{201c}You look at the questions we were asked tonight.\u{201d}",
        &["Direct Ted Cruz <- Cruz: You look at the questions we were asked tonight. | "],
    );
}

/// Regression (found by the token-soup property test): a quotation mark opening at the
/// very end of the text, with nothing inside, indexed past the last token.
#[test]
fn a_quote_opening_at_the_end_of_the_text() {
    check("Kirbysaid said said \"", &[]);
    check("Kirby said, \u{201c}", &[]);
}

/// Regression: straight quotes inside a curly quotation closed it early, and the
/// attribution was lost.
#[test]
fn quotes_nested_in_the_other_style_do_not_close_the_quotation() {
    check(
        "\u{201c}They call it \"the deal\" and it works,\u{201d} Mayor Ann Lee said.",
        &["Direct Ann Lee <- Mayor Ann Lee: They call it \"the deal\" and it works | "],
    );
}

#[test]
fn an_organization_before_the_title_belongs_to_the_speaker() {
    check(
        "\u{201c}Prices will rise,\u{201d} AT&T spokesman Bob Jones said on Monday.",
        &["Direct Bob Jones <- AT&T spokesman Bob Jones: Prices will rise | "],
    );
}

/// Regression (Reuters-21578): the role in a relative clause went to the speaker.
#[test]
fn a_relative_clause_lends_no_role_to_the_speaker() {
    let x = extract("Reagan, who will hold talks with Japanese Prime Minister Yasuhiro Nakasone here this week, said he would lift tariffs.", None);
    let reagan = x.actors.iter().find(|a| a.name == "Reagan").unwrap();
    assert!(reagan.roles.is_empty(), "{:?}", reagan.roles);
    assert_eq!(x.statements[0].speaker.name, "Reagan");
    let nakasone = x
        .actors
        .iter()
        .find(|a| a.name == "Yasuhiro Nakasone")
        .unwrap();
    assert_eq!(nakasone.roles[0].title, "Prime Minister");
    // A title appositive still gives the role.
    let y = extract(
        "John Kirby, the Pentagon spokesman, said talks were possible.",
        None,
    );
    let kirby = y.actors.iter().find(|a| a.name == "John Kirby").unwrap();
    assert_eq!(
        (
            kirby.roles[0].title.as_str(),
            kirby.roles[0].of.as_ref().unwrap().name.as_str()
        ),
        ("spokesman", "Pentagon")
    );
}

#[test]
fn ages_parentheses_and_stray_commas_between_speaker_and_verb() {
    check(
        "\u{201c}That is a fair concern,\u{201d} Susan Sarandon, 69, said.",
        &["Direct Susan Sarandon <- Susan Sarandon: That is a fair concern | "],
    );
    check(
        "After the vote Gov. John Kasich (R-OH), said, \u{201c}We are going all the way.\u{201d}",
        &["Direct John Kasich <- Gov. John Kasich: We are going all the way. | "],
    );
    check(
        "In a statement, her senior adviser, Jake Sullivan, said: \u{201c}Cooperation is essential.\u{201d}",
        &["Direct Jake Sullivan <- Jake Sullivan: Cooperation is essential. | "],
    );
}

#[test]
fn nominal_speakers_with_a_name_modifier_and_more_cue_verbs() {
    check(
        "At the meeting the Christie supporter retorted: \u{201c}There is a special place for them.\u{201d}",
        &["Direct Christie supporter <- the Christie supporter: There is a special place for them. | "],
    );
    check(
        "\u{201c}You called women names,\u{201d} Megyn Kelly charged.",
        &["Direct Megyn Kelly <- Megyn Kelly: You called women names | "],
    );
}

#[test]
fn a_colon_without_a_reporting_verb_frames_the_quote() {
    check(
        "Senator Ann Lee took the podium on Tuesday. Lee turned to the hecklers: \u{201c}You will not silence us tonight.\u{201d}",
        &["Direct Ann Lee <- Lee: You will not silence us tonight. | "],
    );
    // The colon ends the paragraph; the quote opens the next one.
    check(
        "Council row\n\nMayor Tom Reyes called the council on it:\n\n\u{201c}These questions show why nobody trusts this process anymore.\u{201d}",
        &["Direct Tom Reyes <- Mayor Tom Reyes: These questions show why nobody trusts this process anymore. | "],
    );
}

#[test]
fn quotes_framed_by_other_verbs_and_signed_quotes() {
    // The sentence's subject chanted, blasted, beamed: not reporting verbs, still sources.
    check(
        "The union members chanted \u{201c}Fair pay now, fair pay now!\u{201d} outside the hall.",
        &["Direct union members <- The union members: Fair pay now, fair pay now! | "],
    );
    check(
        "Governor Ann Lee blasted the company for its \u{201c}reckless disregard\u{201d} of safety rules.",
        &["Mixed Ann Lee <- Governor Ann Lee: reckless disregard | "],
    );
    check(
        "\u{201c}This is the best day of my life!\u{201d} beamed Maria Lopez after the ceremony.",
        &["Direct Maria Lopez <- Maria Lopez: This is the best day of my life! | "],
    );
    check(
        "\u{201c}We need the jobs more than ever.\u{201d} \u{2015} Karen Bell",
        &["Direct Karen Bell <- Karen Bell: We need the jobs more than ever. | "],
    );
}

#[test]
fn unverbed_quotes_are_not_pinned_on_headings_possessives_or_stray_words() {
    // A heading in capitals, a possessive and a lone unknown word are not speakers.
    check(
        "BUDGET TALKS STALL AGAIN \u{201c}We are nowhere near a deal on spending.\u{201d}",
        &[],
    );
    check(
        "Trump's campaign manager repeated the line \u{201c}make the deal happen now.\u{201d}",
        &[],
    );
    check(
        "Wait, it gets better: \u{201c}The office sets the number every single year.\u{201d}",
        &[],
    );
}

#[test]
fn the_narrator_speaks_as_the_author() {
    // First person outside quotation marks is the article's author; inside them it is
    // the quoted speaker's own voice and names nobody.
    check(
        "The judge looked up.\n\n\u{201c}Your Honor,\u{201d} I said, \u{201c}I would like to explain.\u{201d}",
        &[
            "Direct the author <- I: Your Honor | ",
            "Direct the author <- I: I would like to explain. | ",
        ],
    );
}

#[test]
fn descriptions_that_speak_are_speakers() {
    // Any "the [modifiers] noun" next to a reporting verb speaks, listed noun or not.
    check(
        "Talks in Macau\n\n\u{201c}It was a very nice meeting,\u{201d} the gambling tycoon told reporters.",
        &["Direct gambling tycoon <- the gambling tycoon: It was a very nice meeting | "],
    );
    check(
        "Convention\n\n\u{201c}He has always been a leader,\u{201d} said the 46-year-old.",
        &["Direct 46-year-old <- the 46-year-old: He has always been a leader | "],
    );
}

#[test]
fn indefinite_descriptions_after_a_quote_speak() {
    check(
        "Campaign\n\n\u{201c}We have a ton of work to do,\u{201d} said a senior Cruz adviser, who asked not to be named.",
        &["Direct senior Cruz adviser <- a senior Cruz adviser: We have a ton of work to do | "],
    );
}

#[test]
fn quotation_opened_curly_and_closed_straight() {
    check(
        "\u{201c}Our roads are crumbling,\" Mayor Ann Lee said. \"Our ports need work.\u{201d}",
        &[
            "Direct Ann Lee <- Mayor Ann Lee: Our roads are crumbling | ",
            "Direct Ann Lee <- Mayor Ann Lee: Our ports need work. | ",
        ],
    );
    // A straight quotation inside a curly one stays inside it.
    check(
        "\u{201c}He said \"never\" to me,\u{201d} Ann Lee said.",
        &["Direct Ann Lee <- Ann Lee: He said \"never\" to me | "],
    );
}

#[test]
fn descriptions_are_noun_phrases_that_speak() {
    // A relative clause on the noun, and a prepositional phrase after it.
    check(
        "The page was replaced on Thursday by a message that said, \u{201c}The item is gone.\u{201d}\n\n\u{201c}You pay your taxes,\u{201d} a narrator in the Clinton ad asks.",
        &[
            "Direct message <- a message: The item is gone. | ",
            "Direct narrator in the Clinton ad <- a narrator in the Clinton ad: You pay your taxes | ",
        ],
    );
}

#[test]
fn times_conjunctions_and_numbers_are_not_descriptions() {
    check(
        "Fees\n\nMayor Ann Lee at the time said the fees would be paid. Lee waved to the crowd and said nothing would change. Of the voters polled, the five said the race was close.",
        // The speaker is the mayor, never "the time" or "the crowd"; "the five" is no one.
        &[
            "Indirect Ann Lee <- Mayor Ann Lee: the fees would be paid | ",
            "Indirect Ann Lee <- Lee: nothing would change | ",
        ],
    );
}

#[test]
fn unwrapped_lines_are_paragraphs() {
    // Web copy with one paragraph per line: the second line's quote is signed, not a
    // continuation of the first line's speaker, and "the spokesman" no one named holds
    // is a speaker of this article.
    check(
        "Voters speak\n\n\u{201c}Trump scares me. Hearing him talk about communities like mine makes me fearful for the future.\u{201d} \u{2015} Ana Ruiz\n\u{201c}He can\u{2019}t even answer a question without scaring people about something else first.\u{201d} \u{2015} Esther Tapia\nThe minister will work with whoever is elected, the prime minister\u{2019}s spokesman said on Monday in London.",
        &[
            "Direct Ana Ruiz <- Ana Ruiz: Trump scares me. Hearing him talk about communities like mine makes me fearful for the future. | ",
            "Direct Esther Tapia <- Esther Tapia: He can\u{2019}t even answer a question without scaring people about something else first. | ",
            "Indirect prime minister\u{2019}s spokesman <- prime minister\u{2019}s spokesman: The minister will work with whoever is elected | ",
        ],
    );
}

#[test]
fn lowercase_descriptors_after_the_verb() {
    check(
        "\u{201c}I am not going to say it was a mistake,\u{201d} said retired neurosurgeon Ben Carson, asked about his claims.",
        &["Direct Ben Carson <- Ben Carson: I am not going to say it was a mistake | "],
    );
    check(
        "\u{201c}He lost 20 minutes,\u{201d} said one former senior agency official.\n\nAnother child responded, \u{201c}That is her husband.\u{201d}",
        &[
            "Direct official <- official: He lost 20 minutes | ",
            "Direct child <- child: That is her husband. | ",
        ],
    );
}

#[test]
fn two_people_joined_by_and_are_two_names() {
    // "Jeb Bush and Hillary Clinton" is two people, so the lone surnames before a colon
    // (written with no space before the quotation mark) are speakers already met.
    check(
        "Candidates differ\n\nJeb Bush and Hillary Clinton reject the term.\n\nClinton:\"Our goal is to defeat ISIS.\" Bush: \"The mission is to destroy ISIS.\"",
        &[
            "Direct Hillary Clinton <- Clinton: Our goal is to defeat ISIS. | Islamic State of Iraq and the Levant",
            "Direct Jeb Bush <- Bush: The mission is to destroy ISIS. | Islamic State of Iraq and the Levant",
        ],
    );
}

#[test]
fn phrases_before_the_name_after_a_quote() {
    check(
        "\u{201c}She is clearly experienced,\u{201d} Sanders campaign manager Jeff Weaver said Monday.\n\n\u{201c}It is called unification,\u{201d} Trump\u{2019}s senior communications adviser Jason Miller said in the statement.\n\n\u{201c}Will he mention the words?\u{201d} the presumptive GOP nominee, Donald Trump, tweeted Sunday.",
        &[
            "Direct Jeff Weaver <- Jeff Weaver: She is clearly experienced | ",
            "Direct Jason Miller <- Jason Miller: It is called unification | ",
            "Direct Donald Trump <- Donald Trump: Will he mention the words? | ",
        ],
    );
}

#[test]
fn headline_attributions() {
    check(
        "Pentagon: U.S. could discuss Iraq with Iran, but won\u{2019}t coordinate military action\n\nThe talks begin on Monday.",
        &["Indirect Pentagon <- Pentagon: U.S. could discuss Iraq with Iran, but won\u{2019}t coordinate military action | United States, Iraq, Iran"],
    );
    check(
        "Ann Lee: \u{2018}We will not back down on the budget\u{2019}\n\nThe talks begin on Monday.",
        &["Direct Ann Lee <- Ann Lee: We will not back down on the budget | "],
    );
    // Series headings and interjections are not speakers.
    check(
        "The Latest: Senate passes the budget bill\n\nThe talks begin on Monday.",
        &[],
    );
    check(
        "BOOM: Senate passes the budget bill\n\nThe talks begin on Monday.",
        &[],
    );
}

#[test]
fn signature_paragraph_after_a_quote() {
    check(
        "Fact check\n\nBernie Sanders spoke first.\n\n\u{201c}The idea that I would dismantle health care is just not accurate.\u{201d}\n\n- Sanders.\n\n\u{201c}Cut taxes now and grow the economy.\u{201d}\n\n- Cut taxes.",
        &["Direct Bernie Sanders <- Sanders: The idea that I would dismantle health care is just not accurate. | "],
    );
}

#[test]
fn names_end_at_a_line_break() {
    check(
        "Voices\n\nOne of the workers is Gabrielle Hatcher\nAge 25 and from Durham, she said she earns too little to save anything at all.",
        &["Indirect Gabrielle Hatcher <- she: she earns too little to save anything at all | "],
    );
}

#[test]
fn he_after_a_newer_subject_is_that_subject() {
    // The last speaker is Gomez, but the sentence before "He said" opens with Kane.
    check(
        "Match report\n\nAfter the match, coach Hernan Gomez said, \u{201c}We learned a lot today.\u{201d}\n\nCaptain Harry Kane won the award. He said, \u{201c}It felt good out there.\u{201d}",
        &[
            "Direct Hernan Gomez <- Hernan Gomez: We learned a lot today. | ",
            "Direct Harry Kane <- He: It felt good out there. | ",
        ],
    );
}

#[test]
fn a_capital_that_names_a_person_met_is_that_person_and_sites_are_not_people() {
    check(
        "Claims\n\nValeska Paris, a former member, spoke to reporters.\n\nParis claims that her passport was taken away from her.\n\nOther sites such as Gawker.com have stated that they will keep hosting the video.",
        &[
            "Indirect Valeska Paris <- Paris: her passport was taken away from her | ",
            "Indirect Gawker.com <- Gawker.com: they will keep hosting the video | ",
        ],
    );
}

#[test]
fn a_full_name_opening_a_long_appositive_speaks() {
    check(
        "Museum news\n\nCynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said, \u{201c}These images document his life.\u{201d}\n\nIt quoted critics, with Ann Boswell stating: \u{201c}This move is clumsy and unthinking.\u{201d}",
        &[
            "Direct Cynthia Thompson <- Cynthia Thompson: These images document his life. | ",
            "Direct Ann Boswell <- Ann Boswell: This move is clumsy and unthinking. | ",
        ],
    );
}

#[test]
fn titles_captions_and_cited_sources_are_not_statements() {
    check(
        "Browser news\n\nMicrosoft spokeswoman Ann Lee said users should upgrade.\n\nOn Friday Lee launched a new website, \u{201c}The Internet Explorer 6 Countdown\u{201d}, to persuade them.\n\nNASA tweeted support of the student via its account. Image: Twitter / NASA.\n\nSources\n\n\u{201c}Sensitive document found on rainy Ottawa street\u{201d} \u{2014} CBC.ca, August 15, 2008",
        &["Indirect Ann Lee <- Microsoft spokeswoman Ann Lee: users should upgrade | "],
    );
}

#[test]
fn an_acronym_in_parentheses_names_the_same_actor() {
    check(
        "Food rules\n\nThe Food Safety Authority (FSA) said new rules would follow.\n\n\u{201c}We will consult widely,\u{201d} the FSA said.",
        &[
            "Indirect Food Safety Authority <- Food Safety Authority: new rules would follow | ",
            "Direct Food Safety Authority <- FSA: We will consult widely | ",
        ],
    );
}

#[test]
fn a_quote_closed_in_the_next_paragraph_without_reopening() {
    check(
        "Match report\n\nAfter the match, coach Hernan Gomez said, \u{201c}We learned a lot today.\n\nIt was a very emotional day for all of us.\u{201d}",
        &[
            "Direct Hernan Gomez <- Hernan Gomez: We learned a lot today. | ",
            "Direct Hernan Gomez <- Hernan Gomez: It was a very emotional day for all of us. | ",
        ],
    );
}

#[test]
fn an_owner_speaks_when_the_verb_has_no_speaker_before_a_quote() {
    check(
        "Shuttles\n\nSenator John Cornyn was angry. Cornyn\u{2019}s statement added, \u{201c}Houston should have been selected.\u{201d}",
        &["Direct John Cornyn <- Cornyn\u{2019}s: Houston should have been selected. | "],
    );
}

#[test]
fn the_person_in_apposition_and_the_clause_after_an_opening_phrase() {
    check(
        "Robots\n\nAccording to the Afghan team\u{2019}s coach, Alireza Mehraban, the robot scored two points.\n\nDuring a visit with Ann Lee on Wednesday, Rishi Sunak defended the record: \u{201c}We are working intensely on it.\u{201d}",
        &[
            "Indirect Alireza Mehraban <- Alireza Mehraban: the robot scored two points | ",
            "Direct Rishi Sunak <- Rishi Sunak: We are working intensely on it. | ",
        ],
    );
}

#[test]
fn an_acronym_takes_the_full_name_a_demonym_starts() {
    check(
        "Korea alert\n\nState media, the Korean Central News Agency (KCNA), reported the move.\n\n\u{201c}Foolhardy provocation deserves harsh punishment,\u{201d} said KCNA.",
        &["Direct Korean Central News Agency <- KCNA: Foolhardy provocation deserves harsh punishment | "],
    );
}

#[test]
fn the_person_in_apposition_after_a_title_of_an_acronym() {
    check(
        "Schools\n\nThe secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the ruling wrong:\n\n\u{201c}We face a dangerous sentence.\u{201d}",
        &["Direct Nunzio Galantino <- Nunzio Galantino: We face a dangerous sentence. | "],
    );
}

#[test]
fn an_honorific_without_its_period_is_part_of_the_speaker_mention() {
    // British style writes "Mr" without a period; the verb after the quote must still
    // find the speaker next to it, not the one named earlier.
    check(
        "Festival\n\nTom Ellis, the festival's director, said the event would be the best yet. \"We did think it would sell early,\" Mr Ellis said.\n\n\"It has been a record year,\" said Mrs. Ann Ward, a board member.",
        &[
            "Indirect Tom Ellis <- Tom Ellis: the event would be the best yet | ",
            "Direct Tom Ellis <- Mr Ellis: We did think it would sell early | ",
            "Direct Ann Ward <- Mrs. Ann Ward: It has been a record year | ",
        ],
    );
}

#[test]
fn an_unattributed_quote_continues_the_speaker_before_it_not_one_named_later() {
    check(
        "Schools\n\nBut Mr Herren says there are both pros and cons to the project. \"It is very simple to set up, but it is a one-way connection.\" Ann Sundra, who designed the interface, says the goal is levelling access to knowledge.",
        &[
            "Indirect Herren <- Mr Herren: there are both pros and cons to the project | ",
            "Direct Herren <- Mr Herren: It is very simple to set up, but it is a one-way connection. | ",
            "Indirect Ann Sundra <- Ann Sundra: the goal is levelling access to knowledge | ",
        ],
    );
}

#[test]
fn a_quotation_inside_reported_speech_is_part_of_it() {
    check(
        "Trial\n\nBy this time, \"her skin was weeping and her body malnourished\", according to the Sydney Morning Herald.",
        &["Mixed Sydney Morning Herald <- Sydney Morning Herald: By this time, \"her skin was weeping and her body malnourished\" | "],
    );
}

#[test]
fn an_adjunct_set_off_between_speaker_and_verb() {
    check(
        "Appeal\n\nThe company, in a statement, said it would appeal the ruling. The chancellor, speaking during a tour of Africa, said it was time to talk about values. The regulator also said the rules would change.",
        &[
            "Indirect company <- The company: it would appeal the ruling | ",
            "Indirect chancellor <- chancellor: it was time to talk about values | ",
            "Indirect regulator <- The regulator: the rules would change | ",
        ],
    );
}

#[test]
fn the_company_and_the_actress_refer_back() {
    check(
        "Results\n\nShares in Cairn Energy rose on Tuesday. The firm said the latest discovery could lead to large gas volumes.\n\nOscar-winning actress Susan Sarandon spoke in New York. The actress said she was tired of the status quo. World champion Lindsay Davenport lost. The American said: \"It was a tough match.\"",
        &[
            "Indirect Cairn Energy <- The firm: the latest discovery could lead to large gas volumes | ",
            "Indirect Susan Sarandon <- The actress: she was tired of the status quo | ",
            "Direct Lindsay Davenport <- American: It was a tough match. | ",
        ],
    );
}

#[test]
fn a_misspelt_surname_is_the_person_it_nearly_names() {
    check(
        "Audio\n\nManaging director David Monteith says his firm is the only one. \"We are synthesising those differences,\" said Mr Montieth. \"Nobody else does it,\" said Mr Moore.",
        &[
            "Indirect David Monteith <- director David Monteith: his firm is the only one | ",
            "Direct David Monteith <- Mr Montieth: We are synthesising those differences | ",
            "Direct Moore <- Mr Moore: Nobody else does it | ",
        ],
    );
}

#[test]
fn coordinated_attributions_share_or_split_the_speaker() {
    check(
        "Show\n\nProducer Barry Weissler said he was proud of the show, but said the decision to close it was painful. Nintendo has a large share of the market and said it expected to sell five million. The Tories say Labour is acting too late while the Lib Dems say the plans may not work.",
        &[
            "Indirect Barry Weissler <- Producer Barry Weissler: he was proud of the show | ",
            "Indirect Barry Weissler <- Producer Barry Weissler: the decision to close it was painful | ",
            "Indirect Nintendo <- Nintendo: it expected to sell five million | ",
            "Indirect Conservative Party <- Tories: Labour is acting too late | Labour Party",
            "Indirect Liberal Democrats <- Lib Dems: the plans may not work | Conservative Party, Labour Party",
        ],
    );
}

#[test]
fn a_person_with_an_affiliation_or_an_employer_speaks() {
    check(
        "Schools\n\nMatthew Herren from EduVision told the BBC how the system uses satellite radio. \"Godzilla should thank you,\" said Final Wars producer Shogo Tomiyama.",
        &[
            "Indirect Matthew Herren <- Matthew Herren: how the system uses satellite radio | ",
            "Direct Shogo Tomiyama <- Final Wars producer Shogo Tomiyama: Godzilla should thank you | ",
        ],
    );
}

#[test]
fn perfect_tense_time_adjuncts_and_an_addressee_before_the_content() {
    check(
        "Talks\n\nThe EU has said that it will start talks with Croatia. The prime minister on Sunday said immigration would be tightened. John Smith told reporters the plan would work.",
        &[
            "Indirect European Union <- EU: it will start talks with Croatia | Croatia",
            "Indirect prime minister <- prime minister: immigration would be tightened | ",
            "Indirect John Smith <- John Smith: the plan would work | ",
        ],
    );
}

#[test]
fn reports_sites_and_the_issuers_of_documents_speak() {
    check(
        "Phones\n\nVerizon has won the battle for MCI, reports say. Gamers could be waiting until January, says gamesindustry.biz. Camera phone sales will quadruple this year, says a report from analysts Gartner. Sales will fall, said a statement by the Foreign Ministry.",
        &[
            "Indirect reports <- reports: Verizon has won the battle for MCI | MCI",
            "Indirect gamesindustry.biz <- gamesindustry.biz: Gamers could be waiting until January | ",
            "Indirect Gartner <- Gartner: Camera phone sales will quadruple this year | ",
            "Indirect Foreign Ministry <- Foreign Ministry: Sales will fall | ",
        ],
    );
}

#[test]
fn an_age_speaks_for_the_person_and_a_phrase_runs_up_to_that() {
    check(
        "Sprint\n\nDarren Campbell won gold. The 31-year-old, who won silver in Sydney, said during the Games that an injury had stopped him.",
        &["Indirect Darren Campbell <- The 31-year-old: an injury had stopped him | "],
    );
}

#[test]
fn a_quotation_paragraph_continues_reported_speech_with_quoted_words() {
    check(
        "Turkey\n\nMr Blair said Turkey's membership was of \"importance to the wider world\".\n\n\"We are stating a fundamental principle that Muslim and Christian can work together.\"\n\n\"Jeb wants to be a tough guy tonight,\" Trump shot back.",
        &[
            "Mixed Blair <- Mr Blair: Turkey's membership was of \"importance to the wider world\" | Turkey",
            "Direct Blair <- Mr Blair: We are stating a fundamental principle that Muslim and Christian can work together. | ",
            "Direct Trump <- Trump: Jeb wants to be a tough guy tonight | ",
        ],
    );
}

#[test]
fn an_inverted_speaker_with_an_appositive_or_a_title_in_apposition() {
    check(
        "Networks\n\nDigging up roads can take weeks, said Mr R. Sridharan, vice president of networks at Tata. The percentage of poorer students \"hardly changed at all\", said its chief executive, Sir Howard Newby. The company will appeal the ruling, Smith said, adding that the ruling was wrong.",
        &[
            "Indirect R. Sridharan <- Mr R. Sridharan: Digging up roads can take weeks | ",
            "Direct Howard Newby <- Sir Howard Newby: hardly changed at all | ",
            "Indirect Smith <- Smith: The company will appeal the ruling | ",
            "Indirect Smith <- Smith: the ruling was wrong | ",
        ],
    );
}

#[test]
fn two_apostrophes_are_a_quotation_mark() {
    // Some newspaper archives write double quotation marks as two apostrophes.
    check(
        "Golf\n\nAnn Lee runs the club. ''They're spending a fortune on making the place family-friendly,'' she said. ''It's a home run.''",
        &[
            "Direct Ann Lee <- she: They're spending a fortune on making the place family-friendly | ",
            "Direct Ann Lee <- she: It's a home run. | ",
        ],
    );
}

#[test]
fn a_parenthetical_attribution_reports_the_sentence_around_it() {
    check(
        "Roads\n\nAnn Lee runs the works. In some places, she said, permission to dig up roads was impossible to get. The spokesman refused to answer questions but said there was no call planned with Trump.",
        &[
            "Indirect Ann Lee <- she: In some places, she said, permission to dig up roads was impossible to get | ",
            "Indirect spokesman <- spokesman: there was no call planned with Trump | ",
        ],
    );
}

#[test]
fn according_to_a_document_its_issuer_or_any_named_source() {
    check(
        "Delegates\n\nClinton now has at least 723 delegates, according to a count by The Associated Press. Trump does better against Clinton, according to a new poll. Over the long term, according to the budget office, the rise in deficits is due to aging.",
        &[
            "Indirect Associated Press <- Associated Press: Clinton now has at least 723 delegates | ",
            "Indirect new poll <- new poll: Trump does better against Clinton | ",
            "Indirect budget office <- the budget office: Over the long term, according to the budget office, the rise in deficits is due to aging | ",
        ],
    );
}

#[test]
fn a_bare_title_is_the_person_named_last_who_holds_no_other() {
    // The article never gives Brown the title: "the chancellor" is the person just named.
    check(
        "Debt\n\nThe days of Britain having to apologise for its past are over, Gordon Brown has said.\n\nThe chancellor, speaking during a tour of Africa, said it was time to talk about British values.",
        &[
            "Indirect Gordon Brown <- Gordon Brown: The days of Britain having to apologise for its past are over | United Kingdom",
            "Indirect Gordon Brown <- chancellor: it was time to talk about British values | United Kingdom",
        ],
    );
    // The home secretary holds another title, so "the prime minister" is Blair.
    check(
        "Migrants\n\nHome Secretary Charles Clarke wants a points system. Tony Blair has said people are right to be concerned.\n\nMr Clarke is expected to announce an end to automatic settlement. The prime minister on Sunday said controls would be toughened up.",
        &[
            "Indirect Tony Blair <- Tony Blair: people are right to be concerned | ",
            "Indirect Tony Blair <- prime minister: controls would be toughened up | ",
        ],
    );
}

#[test]
fn the_president_is_the_holder_of_the_title_whatever_its_case() {
    // "the president" finds "President Barack Obama", not "Vice President Joe Biden".
    check(
        "Guns\n\nVice President Joe Biden met the mayors on Monday.\n\nPresident Barack Obama says he is not plotting to take away guns.\n\nThe president said Tuesday his actions are consistent with the Constitution.",
        &[
            "Indirect Barack Obama <- President Barack Obama: he is not plotting to take away guns | ",
            "Indirect Barack Obama <- president: his actions are consistent with the Constitution | ",
        ],
    );
}

#[test]
fn a_description_is_the_person_it_introduced() {
    check(
        "Rugby\n\nBritish and Irish Lions coach Clive Woodward says he will not pick retired players.\n\n\u{201c}It is an open book,\u{201d} he said. \u{201c}There are some outstanding candidates.\u{201d} And Woodward believes the series will be hard. \u{201c}Their pack is simply awesome,\u{201d} said the Lions coach. \u{201c}They are a very powerful unit.\u{201d}",
        &[
            "Indirect Clive Woodward <- Clive Woodward: he will not pick retired players | United Kingdom, Ireland",
            "Direct Clive Woodward <- he: It is an open book | ",
            "Direct Clive Woodward <- he: There are some outstanding candidates. | ",
            "Direct Clive Woodward <- the Lions coach: Their pack is simply awesome | ",
            "Direct Clive Woodward <- the Lions coach: They are a very powerful unit. | ",
        ],
    );
    // "The official" is the unnamed official of the sentence before, not the person
    // named last. (Since rules.170 the official "familiar with the case" speaks too.)
    check(
        "Emails\n\nHillary Clinton said the review was routine. A law enforcement official familiar with the case said prosecution would be difficult. The official said investigators were looking at it.",
        &[
            "Indirect Hillary Clinton <- Hillary Clinton: the review was routine | ",
            "Indirect official <- official: prosecution would be difficult | ",
            "Indirect official <- official: investigators were looking at it | ",
        ],
    );
}

#[test]
fn a_knight_named_by_first_name_is_the_person_named_in_full() {
    check(
        "Universities\n\nThe percentage of poorer students \"hardly changed at all\", said its chief executive, Sir Howard Newby.\n\nSir Howard said the report highlighted deep divisions.",
        &[
            "Direct Howard Newby <- Sir Howard Newby: hardly changed at all | ",
            "Indirect Howard Newby <- Sir Howard: the report highlighted deep divisions | ",
        ],
    );
}

#[test]
fn a_company_named_with_a_title_word_and_its_initials() {
    // "General" is a rank, but not before "Electric"; "GE" is the company after it.
    check(
        "Results\n\nUS behemoth General Electric has declared itself \"in great shape\". GE said orders in the fourth quarter were 15% higher.",
        &[
            // Since rules.36 a noun phrase after the verb is no content: the quoted words.
            "Mixed General Electric <- General Electric: in great shape | United States",
            "Indirect General Electric <- GE: orders in the fourth quarter were 15% higher | ",
        ],
    );
}

#[test]
fn the_report_is_its_issuers_once_named() {
    check(
        "Phones\n\nFour times more mobiles with cameras will be sold in Europe this year, says a report from analysts Gartner.\n\nBut the report suggests that people will not print pictures at kiosks.",
        &[
            "Indirect Gartner <- Gartner: Four times more mobiles with cameras will be sold in Europe this year | ",
            "Indirect Gartner <- the report: people will not print pictures at kiosks | ",
        ],
    );
}

#[test]
fn a_name_after_a_company_noun_is_a_company_the_firm_refers_back_to() {
    check(
        "Kits\n\nUK sportswear firm Umbro has posted a rise in annual profit. The firm said the UK market had seen sales growth of 8% last year.",
        // "posted a rise in annual profit" reports nothing (since rules.36).
        &[
            "Indirect Umbro <- The firm: the UK market had seen sales growth of 8% last year | United Kingdom",
        ],
    );
    // A hyphenated person noun is not a company noun.
    check(
        "Films\n\nStar Wars film-maker George Lucas said the new episode would be darker. Lucas said it was a tragedy.",
        &[
            "Indirect George Lucas <- George Lucas: the new episode would be darker | ",
            "Indirect George Lucas <- Lucas: it was a tragedy | ",
        ],
    );
    check(
        "Honours\n\nLeading British computer games maker Peter Molyneux has been made an OBE. Mr Molyneux said the honour was a surprise.",
        &["Indirect Peter Molyneux <- Mr Molyneux: the honour was a surprise | "],
    );
}

#[test]
fn the_paper_is_the_newspaper_named_last_not_a_broadcaster() {
    check(
        "Cars\n\nFerrari could be listed on the stock market, the Financial Times has reported. BBC News could not confirm it. The paper said the listing could be announced within days.",
        &[
            "Indirect Financial Times <- Financial Times: Ferrari could be listed on the stock market | ",
            "Indirect Financial Times <- The paper: the listing could be announced within days | ",
        ],
    );
}

#[test]
fn an_abbreviation_for_a_thing_is_not_the_company() {
    check(
        "Discs\n\nMacrovision Corp has built a system against DVD ripping. The company said it would be rolled out on DVDs from March.",
        &["Indirect Macrovision Corp <- The company: it would be rolled out on DVDs from March | "],
    );
}

#[test]
fn a_report_speaks_for_its_issuer() {
    // The issuer named before the noun, also by its initials written as a word.
    check(
        "Economy\n\nThe economy is performing well below its potential, said a World Bank report.\n\nThe Higher Education Funding Council for England said more people went to university. The Hefce report, drawing on benefits data, said teenagers in the richest areas did better.",
        &[
            "Indirect World Bank <- a World Bank report: The economy is performing well below its potential | ",
            "Indirect Higher Education Funding Council for England <- Higher Education Funding Council for England: more people went to university | ",
            "Indirect Higher Education Funding Council for England <- report: teenagers in the richest areas did better | ",
        ],
    );
    // "the report" after the organization that spoke last; "But" is no issuer.
    check(
        "Oil\n\nIn its latest report, the OECD cut its forecasts, the OECD said. But the report said growth would recover.",
        &[
            "Indirect OECD <- OECD: In its latest report, the OECD cut its forecasts | ",
            "Indirect OECD <- the report: growth would recover | ",
        ],
    );
}

#[test]
fn a_title_in_the_headline_or_in_apposition() {
    // The headline's "Chancellor" is no indefinite introduction of somebody else.
    check(
        "Chancellor rallies Labour voters\n\nGordon Brown has told supporters the stakes are too high.\n\nThe chancellor said the vote will give a clear choice.",
        &[
            "Indirect Gordon Brown <- Gordon Brown: the stakes are too high | ",
            "Indirect Gordon Brown <- chancellor: the vote will give a clear choice | ",
        ],
    );
    // "the mayor" is the person the words stood in apposition to, not the person
    // named last.
    check(
        "Casinos\n\n\u{201c}We need to diversify our economy,\u{201d} said Don Guardian. But Guardian, the first Republican mayor elected in the city in two decades, stopped short of endorsing Clinton's criticisms. And the mayor said it would be difficult to measure the damage.",
        &[
            "Direct Don Guardian <- Don Guardian: We need to diversify our economy | ",
            "Indirect Don Guardian <- mayor: it would be difficult to measure the damage | ",
        ],
    );
}

#[test]
fn the_bank_is_the_last_organization_called_a_bank() {
    check(
        "Mortgages\n\nThe Bank of England published its figures on Monday. Consultancy Capital Economics expects prices to fall. The bank said lending rose by 2%.",
        &["Indirect Bank of England <- The bank: lending rose by 2% | "],
    );
}

#[test]
fn a_participle_belongs_to_its_own_sentences_subject() {
    // Mbeki opens the sentence; Brown spoke before it in the paragraph.
    check(
        "Apology\n\nMr Brown said it was time to talk about British values. South African president Thabo Mbeki has attacked British imperialists, saying they treated Africans like savages.",
        &[
            "Indirect Brown <- Mr Brown: it was time to talk about British values | United Kingdom",
            "Indirect Thabo Mbeki <- South African president Thabo Mbeki: they treated Africans like savages | ",
        ],
    );
    // With a reporting verb before it, the participle continues that verb's speaker.
    check(
        "Prayers\n\nMateen left as soon as prayers were finished, Nefzi said, adding that he was not very religious.",
        &[
            "Indirect Nefzi <- Nefzi: Mateen left as soon as prayers were finished | ",
            "Indirect Nefzi <- Nefzi: he was not very religious | ",
        ],
    );
}

#[test]
fn a_peer_by_title_and_surname_is_the_person_named_in_full() {
    check(
        "Lords\n\nBetty Boothroyd has said the Lords needs its own Speaker. Lady Boothroyd said she believed reform was overdue.",
        &[
            "Indirect Betty Boothroyd <- Betty Boothroyd: the Lords needs its own Speaker | ",
            "Indirect Betty Boothroyd <- Lady Boothroyd: she believed reform was overdue | ",
        ],
    );
}

#[test]
fn a_nationality_stands_for_the_person_the_text_is_about() {
    check(
        "Milan\n\nManchester United manager Sir Alex Ferguson said the task would not be easier. But the Scot admitted he was unsure whether to start the striker.",
        &[
            "Indirect Alex Ferguson <- Sir Alex Ferguson: the task would not be easier | ",
            "Indirect Alex Ferguson <- Scot: he was unsure whether to start the striker | ",
        ],
    );
}

#[test]
fn plural_present_reporting_verbs_need_a_subject() {
    check(
        "Yukos\n\nThe company's US lawyers claim the auction was illegal. UKIP officials also argue the leader was not straightforward. Her false claim that the files were safe was repeated. Clinton's claim that 90 percent of the emails were kept is wrong.",
        &[
            "Indirect company's US lawyers <- The company's US lawyers: the auction was illegal | ",
            "Indirect UK Independence Party officials <- UKIP officials: the leader was not straightforward | ",
        ],
    );
}

#[test]
fn a_company_known_by_its_boss() {
    check(
        "Renault boss hails great year\n\nStrong sales helped Renault boost its profits. The firm said demand outside western Europe lifted its results.",
        &["Indirect Renault <- The firm: demand outside western Europe lifted its results | "],
    );
}

#[test]
fn a_surname_met_alone_first_takes_the_full_name_seen_later() {
    // The headline names him alone; the body names him in full only once, not as a
    // speaker.
    check(
        "Guns\n\n'Second Amendment people' his secret weapon, Trump hints\n\nDonald Trump on Tuesday seemed to imply that gun owners could stop her. \u{201c}Nothing you can do, folks,\u{201d} Trump said.",
        &[
            "Indirect Donald Trump <- Trump: 'Second Amendment people' his secret weapon | ",
            "Direct Donald Trump <- Trump: Nothing you can do, folks | ",
        ],
    );
}

#[test]
fn religious_titles_are_titles_not_names() {
    check(
        "Guantanamo\n\nArchbishop Desmond Tutu has called for the release of the inmates. The South African archbishop said detentions without trial were unacceptable. Archbishop Tutu told BBC News: \u{201c}It is utterly unacceptable.\u{201d}",
        &[
            "Indirect Desmond Tutu <- South African archbishop: detentions without trial were unacceptable | ",
            "Direct Desmond Tutu <- Archbishop Tutu: It is utterly unacceptable. | ",
        ],
    );
}

#[test]
fn an_opening_phrase_does_not_hide_the_subject() {
    // "he" is the subject of the sentence before, not the player named in its opening
    // phrase, nor the one named last.
    check(
        "Transfer\n\nBoca re-signed Martin Palermo, forcing Carlos Tevez to vacate his role. After a row with Martin Palermo, Carlos Tevez grew tired of Buenos Aires. So now he says that he is heading for Corinthians.",
        &["Indirect Carlos Tevez <- he: he is heading for Corinthians | "],
    );
}

#[test]
fn a_lone_surname_of_a_full_name_seen_before_is_that_person() {
    // "Tevez" alone is the Carlos Tevez named earlier, so he is the subject "he" finds.
    check(
        "Transfer\n\n'The new Maradona' - Carlos Tevez - is joining Corinthians. Boca re-signed Martin Palermo last month. Hounded by the press, Tevez grew tired of Buenos Aires. So now he says that he is heading for Brazil.",
        &["Indirect Carlos Tevez <- he: he is heading for Brazil | Brazil"],
    );
}

#[test]
fn a_subject_that_names_nobody_leaves_the_pronoun_to_the_topic() {
    // The second sentence's subject is "The radio talker", not the Cruz named in it.
    check(
        "Rally\n\nGlenn Beck spoke at the rally in Indiana. The radio talker has filled his speeches for Ted Cruz with religious imagery. He said Cruz was anointed.",
        &["Indirect Glenn Beck <- He: Cruz was anointed | Ted Cruz"],
    );
}

/// Each actor's roles as `name: title@holder`, for actors that have roles.
fn roles(text: &str) -> Vec<String> {
    extract(text, None)
        .actors
        .iter()
        .flat_map(|a| {
            a.roles.iter().map(move |r| {
                format!(
                    "{}: {}@{}",
                    a.name,
                    r.title,
                    r.of.as_ref().map_or("-", |o| o.name.as_str())
                )
            })
        })
        .collect()
}

#[test]
fn a_title_of_an_unknown_organization_is_the_speakers_appositive() {
    // "director of Context" is Peter Knight's job at Context, not a person called
    // Context; the same with "for" and after a parenthesis.
    let text = "Reports\n\nPeter Knight, director of Context, says the quality of reports has improved. Mike Lake, spokesman for Yukos, said the firm would appeal. Rep. Jane Roe (D-Ohio), chairman of the Budget Caucus, said members would vote.";
    check(
        text,
        &[
            "Indirect Peter Knight <- Peter Knight: the quality of reports has improved | ",
            "Indirect Mike Lake <- Mike Lake: the firm would appeal | ",
            "Indirect Jane Roe <- Rep. Jane Roe: members would vote | ",
        ],
    );
    let got = roles(text);
    for want in [
        "Peter Knight: director@Context",
        "Mike Lake: spokesman@Yukos",
        "Jane Roe: chairman@Budget Caucus",
    ] {
        assert!(got.iter().any(|r| r == want), "{want} not in {got:?}");
    }
}

#[test]
fn a_noun_phrase_with_a_verb_or_a_preposition_for_its_noun_is_not_a_speaker() {
    // "the quality of" and "the patients were well" are not groups that speak, and "the
    // manager" set off after a name is that person, not another.
    let x = extract(
        "Hospital\n\nHugh Hill, a doctor at the hospital, said the patients were well. Peter Jones, the manager, said the quality of reports has improved.",
        None,
    );
    let names: Vec<&str> = x.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["reports", "Hugh Hill", "Peter Jones"], "{names:?}");
}

#[test]
fn a_possessive_before_a_full_name_is_not_part_of_it() {
    check(
        "Debate\n\nVoters have seen the candidates for months, noted NBC's Dante Chinni. Later Birmingham's Sion Simon said the election should come now.",
        &[
            "Indirect Dante Chinni <- NBC's Dante Chinni: Voters have seen the candidates for months | ",
            "Indirect Sion Simon <- Birmingham's Sion Simon: the election should come now | ",
        ],
    );
}

#[test]
fn the_government_after_a_government_body_spoke_is_its_countrys() {
    check(
        "Gurkhas\n\nBritain has offered to send 120 Gurkhas to Indonesia, Downing Street said. Discussions have begun with Indonesia on the timing, but the government said the offer was aimed at Aceh. Downing St said a similar offer might be made to Sri Lanka.",
        &[
            "Indirect Downing Street <- Downing Street: Britain has offered to send 120 Gurkhas to Indonesia | United Kingdom, Indonesia",
            "Indirect United Kingdom <- the government: the offer was aimed at Aceh | Indonesia",
            "Indirect Downing Street <- Downing St: a similar offer might be made to Sri Lanka | Sri Lanka",
        ],
    );
}

#[test]
fn passive_and_noun_uses_of_reporting_verbs_are_not_statements() {
    check(
        "Doping\n\nThe Greek pair were charged after missing a series of tests. He was told to wait. The first reports under this scheme will not be published before 2006. The film has been voted best comedy, adding to honours it has already picked up.",
        &[],
    );
}

#[test]
fn survey_respondents_and_described_groups_speak() {
    check(
        "Phones\n\nIn the UK 69% of those questioned said they turned to their fixed phone. Creditors of the card firm have said they will put the company into liquidation. Green groups say supply chains matter.",
        &[
            "Indirect 69% of those questioned <- 69% of those questioned: they turned to their fixed phone | ",
            "Indirect creditors <- Creditors: they will put the company into liquidation | ",
            "Indirect groups <- groups: supply chains matter | ",
        ],
    );
}

#[test]
fn an_organizations_epithets_refer_back_to_it() {
    // "The Paris-based pressure group" is the watchdog named before; "the group" is the
    // one described so, not Google named last; "the search giant" is Google.
    check(
        "Censorship\n\nChina has been accused of blocking Google News by the media watchdog, Reporters Without Borders.\n\nThe Paris-based pressure group said the site had been unavailable for ten days. Google told the BBC it was investigating the causes. \u{201c}China is censoring Google News,\u{201d} said the group in a statement. For its part, the search giant said it was looking into the issue.",
        &[
            "Indirect Reporters Without Borders <- The Paris-based pressure group: the site had been unavailable for ten days | ",
            "Indirect Google <- Google: it was investigating the causes | ",
            "Direct Reporters Without Borders <- the group: China is censoring Google News | China, Google News",
            "Indirect Google <- the search giant: it was looking into the issue | ",
        ],
    );
}

#[test]
fn a_name_a_company_noun_is_apposed_to_is_an_organization() {
    check(
        "Markets\n\nThe Dow was held back by the oil giant Exxon Mobil. Alphabet, the parent company of Google, jumped 3 percent. The company said its earnings beat forecasts.",
        &["Indirect Alphabet <- The company: its earnings beat forecasts | "],
    );
}

#[test]
fn she_is_not_a_man_the_text_called_mr() {
    // The subject of the sentence before is Mr Smith; "she" is the woman named before.
    check(
        "Talks\n\nMs Jane Doe met the minister on Monday. Mr John Smith spoke first. She said the talks had gone well.",
        &["Indirect Jane Doe <- She: the talks had gone well | "],
    );
}

#[test]
fn a_possessive_affiliation_does_not_take_the_subjects_place() {
    check(
        "Erewash\n\nEx-chat show host Robert Kilroy-Silk is to contest the seat of Erewash.\n\nLabour's Elizabeth Blackman won the seat in 1997. She says she will fight on her record.",
        &["Indirect Elizabeth Blackman <- She: she will fight on her record | "],
    );
}

#[test]
fn a_surname_ending_like_a_participle_still_opens_a_sentence() {
    // "Groening" ends in "-ing" but the text names Matt Groening; "has already said"
    // keeps its speaker across the adverb.
    check(
        "Simpsons\n\nRicky Gervais is writing an episode, following an invitation from its creator Matt Groening.\n\nGroening recently heaped praise on The Office, saying: \u{201c}Everybody here is a fan of The Office.\u{201d} Gervais has already said he would not guest star in the show.",
        &[
            "Direct Matt Groening <- Groening: Everybody here is a fan of The Office. | Office",
            "Indirect Ricky Gervais <- Gervais: he would not guest star in the show | ",
        ],
    );
}

#[test]
fn a_nationality_opening_an_organizations_name_is_part_of_it() {
    check(
        "Economy\n\nExports picked up, the British Chamber of Commerce (BCC) has said. \u{201c}There are worrying signs,\u{201d} the BCC said.",
        &[
            "Indirect British Chamber of Commerce <- British Chamber of Commerce: Exports picked up | ",
            "Direct British Chamber of Commerce <- BCC: There are worrying signs | ",
        ],
    );
}

#[test]
fn a_place_or_party_before_a_title_is_not_part_of_the_name() {
    // Before rules.33 these were people called "Vermont Sen. Bernie Sanders" and "Green
    // MEP Alain Lipietz".
    check(
        "Race\n\nVermont Sen. Bernie Sanders said the race was close. French Green MEP Alain Lipietz warned that ignoring the request would be an insult.",
        &[
            "Indirect Bernie Sanders <- Vermont Sen. Bernie Sanders: the race was close | ",
            "Indirect Alain Lipietz <- Green MEP Alain Lipietz: ignoring the request would be an insult | ",
        ],
    );
}

#[test]
fn the_firm_with_no_organization_before_it_is_the_name_before_it() {
    // Renault is never marked as a company, so "the firm" used to find nothing, and
    // later the carmaker named after it; it stays the firm once it has been called so.
    check(
        "Renault\n\nStrong sales helped Renault boost its profits although the firm warned of lower margins. The firm said strong demand lifted its results. Japanese carmaker Nissan contributed 1.7bn euros. The firm said it expected lower margins.",
        &[
            "Indirect Renault <- The firm: strong demand lifted its results | ",
            "Indirect Renault <- The firm: it expected lower margins | ",
        ],
    );
}

#[test]
fn a_person_speaks_in_a_relative_clause() {
    // What was said ends at the clause's comma; a place before "who" is not a speaker.
    check(
        "Plan\n\nMayor Jane Roe opened the session. The plan was backed by John Smith, who said it would cut costs. The mayor, who told reporters the budget was tight, left early. A voter from Manchester, who said little, left.",
        &[
            "Indirect John Smith <- John Smith: it would cut costs | ",
            "Indirect Jane Roe <- mayor: the budget was tight | ",
        ],
    );
}

#[test]
fn an_appositive_left_open_before_the_verb_is_the_name_before_it() {
    // Before rules.36 the union, "a spokesman for Yukos lawyers" and the chief executive
    // spoke.
    check(
        "Cuts\n\nMark Dobbs, the leader of the Civil Service Workers Union said: \u{201c}This is a disaster for our members.\u{201d} Mike Lake, a spokesman for Yukos lawyers said the firm stands by its action. John Smith, chief executive of Acme Widgets said the plant would close.",
        &[
            "Direct Mark Dobbs <- Mark Dobbs: This is a disaster for our members. | ",
            "Indirect Mike Lake <- Mike Lake: the firm stands by its action | ",
            "Indirect John Smith <- John Smith: the plant would close | ",
        ],
    );
}

#[test]
fn a_speaker_known_first_by_a_title_is_the_person_named_later_with_it() {
    // "The Texas attorney general" was a person called "attorney general" before
    // rules.36.
    check(
        "Spam\n\nThe Texas attorney general said the firm broke three laws governing e-mail.\n\n\u{201c}Spam must be stopped,\u{201d} said Greg Abbott, Texas attorney general.\n\nThe attorney general alleges that the messages broke the law.",
        &[
            "Indirect Greg Abbott <- Texas attorney general: the firm broke three laws governing e-mail | ",
            "Direct Greg Abbott <- Greg Abbott: Spam must be stopped | ",
            "Indirect Greg Abbott <- attorney general: the messages broke the law | ",
        ],
    );
    // Not by a surname that may be somebody else's.
    check(
        "Visit\n\nThe former president told a crowd that the party was strong.\n\nJeb Bush spoke later.\n\nPresident Bush's record was praised.",
        &["Indirect president <- president: the party was strong | "],
    );
}

#[test]
fn what_follows_the_verb_without_that_must_be_a_clause() {
    // A noun phrase after the verb ("announced plans to ...", "warned users about it")
    // reports nothing; a clause with an irregular or plural verb does.
    check(
        "Plans\n\nThe minister announced plans to merge 35 agencies into nine. The security firm warned users about the flaw. The authors say the results confirm the existence of a shortage. Analysts said the sequel took $44m in three days.",
        &[
            "Indirect authors <- The authors: the results confirm the existence of a shortage | ",
            "Indirect analysts <- Analysts: the sequel took $44m in three days | ",
        ],
    );
}

#[test]
fn what_was_said_may_open_with_a_currency_sign() {
    check(
        "Budget\n\nChancellor Gordon Brown said \u{a3}2bn of savings had already been made.",
        &["Indirect Gordon Brown <- Chancellor Gordon Brown: \u{a3}2bn of savings had already been made | "],
    );
}

#[test]
fn it_before_any_organization_spoke_is_the_organization_that_opened_a_sentence() {
    check(
        "Yukos\n\nDeutsche Bank has challenged the right of Yukos to claim protection in the US.\n\nIn a court filing on Tuesday, it said the oil giant has few ties to Texas.",
        &["Indirect Deutsche Bank <- it: the oil giant has few ties to Texas | "],
    );
}

#[test]
fn reported_speech_before_a_speaker_with_a_job_and_an_employer() {
    check(
        "Housing\n\nThe report was a stinging rebuke for the government, BBC environment correspondent Richard Black said. Prices rose, a study by the institute revealed.",
        &["Indirect Richard Black <- Richard Black: The report was a stinging rebuke for the government | "],
    );
}

#[test]
fn an_organization_name_ends_where_a_person_name_follows_it() {
    // Before rules.36 "Environmental Audit Committee Peter Ainsworth MP" was one
    // organization; a post-nominal ("MP") is not part of the name.
    check(
        "Homes\n\nChairman of the Environmental Audit Committee Peter Ainsworth MP, said: \u{201c}The housing policy is an alarming example of disjointed thinking.\u{201d}",
        &["Direct Peter Ainsworth <- Peter Ainsworth MP: The housing policy is an alarming example of disjointed thinking. | "],
    );
}

#[test]
fn brands_written_in_camel_case_are_names() {
    check(
        "Update\n\nSecurity firm iDefence found the flaw on Monday. The security firm says users should avoid playlist files from unknown sources.",
        &["Indirect iDefence <- The security firm: users should avoid playlist files from unknown sources | "],
    );
}

#[test]
fn new_reporting_verbs_and_groups() {
    // "warned the British and Irish Lions will be ...": no addressee.
    check(
        "Case\n\nDeutsche Bank contends Yukos filed for bankruptcy in a desperate bid. Lawyers for the two men said the lawsuit was groundless. All Blacks captain Tama Umaga has warned the British and Irish Lions will be his most fearsome opponents.",
        &[
            "Indirect Deutsche Bank <- Deutsche Bank: Yukos filed for bankruptcy in a desperate bid | ",
            "Indirect lawyers <- Lawyers: the lawsuit was groundless | ",
            "Indirect Tama Umaga <- Blacks captain Tama Umaga: the British and Irish Lions will be his most fearsome opponents | United Kingdom, Ireland",
        ],
    );
}

#[test]
fn a_title_set_off_after_a_name_with_an_acronym_in_parentheses() {
    // Before rules.37 the title before "(CITU)" spoke.
    check(
        "Trade\n\nHowever, Chittabrata Majumdar, general secretary of the Centre of Indian Trade Unions (CITU), said allowing investment is compromising the nation.",
        &["Indirect Chittabrata Majumdar <- Chittabrata Majumdar: allowing investment is compromising the nation | "],
    );
}

#[test]
fn a_title_with_a_name_in_apposition_opens_the_sentence_he_refers_to() {
    check(
        "Hunting\n\nSimon Hart said the law was a mess.\n\nThe Attorney General, Lord Goldsmith, has so far issued no instructions to police. He said he will consult the police in the near future.",
        &[
            "Indirect Simon Hart <- Simon Hart: the law was a mess | ",
            "Indirect Goldsmith <- He: he will consult the police in the near future | ",
        ],
    );
}

#[test]
fn a_quote_then_lowercase_descriptors_then_the_name() {
    // The quote must close on its comma: a quoted word inside reported speech is not
    // the statement ("what \"sustainable\" means, the committee said").
    check(
        "Hunt\n\n\"We are not going away,\" hunt master, Captain Ian Farquhar, said.\n\n\"Sustainable communities\" were being promoted without an understanding of what \"sustainable\" means, the Environmental Audit Committee said.",
        &[
            "Direct Ian Farquhar <- Captain Ian Farquhar: We are not going away | ",
            "Mixed Environmental Audit Committee <- Environmental Audit Committee: \"Sustainable communities\" were being promoted without an understanding of what \"sustainable\" means | ",
        ],
    );
}

#[test]
fn poll_answers_with_a_share_as_the_subject() {
    check(
        "Poll\n\nOne in four said he should be back in the cabinet within a year. Meantime, 32% said Mr Blair was a good prime minister. A majority, 52%, said Chancellor Gordon Brown had done a good job. Thirty per cent said the affair showed he could not be trusted.",
        &[
            "Indirect One in four <- One in four: he should be back in the cabinet within a year | ",
            "Indirect 32% <- 32%: Mr Blair was a good prime minister | ",
            "Indirect majority <- A majority: Chancellor Gordon Brown had done a good job | Gordon Brown",
            "Indirect Thirty per cent <- Thirty per cent: the affair showed he could not be trusted | ",
        ],
    );
}

#[test]
fn a_relative_clause_after_a_longer_subject() {
    // The head before its "of"-phrase, the name before its company noun; where a
    // speaker is based is no part of the name.
    check(
        "Open\n\nThe organisers of the first grand slam of 2005, which begins on 17 January, said the American has a shoulder injury. The Florida-based Falic group, which also runs a chain of stores, said it planned to expand the brand. \"How much worse could it get?\" said Florida-based Republican strategist Al Cardenas.",
        &[
            "Indirect organisers <- The organisers: the American has a shoulder injury | United States",
            "Indirect Falic <- Falic: it planned to expand the brand | ",
            "Direct Al Cardenas <- Al Cardenas: How much worse could it get? | ",
        ],
    );
}

#[test]
fn sources_after_according_to_and_a_dash() {
    check(
        "India\n\nThe decision has spread good cheer in the construction sector, according to some Indian firms. Americans are becoming avid blog readers, according to new research.\n\nReuters said the film took 1.5bn yen. The distributor expects 40 million people to see it - it added.",
        &[
            "Indirect India firms <- Indian firms: The decision has spread good cheer in the construction sector | ",
            "Indirect new research <- new research: Americans are becoming avid blog readers | United States",
            "Indirect Reuters <- Reuters: the film took 1.5bn yen | ",
            "Indirect Reuters <- it: The distributor expects 40 million people to see it | ",
        ],
    );
}

#[test]
fn a_subject_set_off_by_dashes_and_a_second_attribution_after_a_comma() {
    // Before rules.38 Nigeria "announced" the rest of the sentence.
    check(
        "Cocoa\n\nAt the same time as Nigeria announced its new initiative, Ghana - the world's second largest cocoa exporter - announced revenues from the industry had broken new records. But Mr Herron - who is running his own campaign - said he was not convinced by the arguments.",
        &[
            "Indirect Ghana <- Ghana: revenues from the industry had broken new records | Nigeria",
            "Indirect Herron <- Mr Herron: he was not convinced by the arguments | ",
        ],
    );
}

#[test]
fn noun_and_adjective_uses_of_reporting_words_report_nothing() {
    // A possessive before the word ("Friday's tweets", "Trump's remarks came"), a verb
    // in "-ing" before a past form ("highlighting claimed improvements"), a noun
    // phrase after the verb ("promised a hunt this weekend") and a possessive read as
    // a verb ("countered criticism ... before Tottenham's fixture").
    check(
        "Hunt\n\nTrump has responded with attacks on Machado, including Friday's tweets. Mr Mallon toured the region highlighting claimed improvements to transport. The Beaufort Hunt has promised a hunt this weekend. Arnesen countered criticism at the timing of the announcement, coming before Tottenham's fixture with Charlton. The State Department said John Kerry, the Secretary of State, contacted the foreign minister.",
        &["Indirect State Department <- State Department: John Kerry, the Secretary of State, contacted the foreign minister | "],
    );
}

#[test]
fn the_source_of_a_lede_is_the_person_who_speaks_first_after_it() {
    // Before rules.39 "a Home Office minister" and "Scotland's justice minister" were
    // actors of their own; a description not in the lede's first sentence is not
    // matched ("a longtime adviser" stays anonymous).
    check(
        "Searches\n\nUK Muslims should accept that they are more likely to be stopped by police, a Home Office minister has said.\n\nHazel Blears said innocent Muslims would be targeted. \"The threat is most likely to come from extremists,\" the Salford MP told the committee.",
        &[
            "Indirect Hazel Blears <- Home Office minister: UK Muslims should accept that they are more likely to be stopped by police | United Kingdom",
            "Indirect Hazel Blears <- Hazel Blears: innocent Muslims would be targeted | ",
            "Direct Hazel Blears <- Salford MP: The threat is most likely to come from extremists | ",
        ],
    );
}

#[test]
fn a_title_after_the_body_it_is_held_in_finds_the_person_named_before() {
    // "The Amnesty secretary-general" is Irene Khan; "the American ambassador" is no
    // person named before.
    check(
        "Rights\n\nIrene Khan said human rights had been flouted.\n\nThe Amnesty secretary-general said a growing gap was fuelling scepticism.",
        &[
            "Indirect Irene Khan <- Irene Khan: human rights had been flouted | ",
            "Indirect Irene Khan <- Amnesty secretary-general: a growing gap was fuelling scepticism | ",
        ],
    );
    check(
        "Ukraine\n\nPaul Manafort said the party had changed. The American ambassador said the party was a legitimate political party.",
        &[
            "Indirect Paul Manafort <- Paul Manafort: the party had changed | ",
            "Indirect American ambassador <- American ambassador: the party was a legitimate political party | ",
        ],
    );
}

#[test]
fn a_coordinated_verb_after_an_object_keeps_the_subject() {
    // "praised the police for their action and said" was the police's before rules.39.
    check(
        "Football\n\nMs Jamieson praised the police for their action and said: \"The police do want to identify the individuals.\"",
        &["Direct Jamieson <- Ms Jamieson: The police do want to identify the individuals. | "],
    );
}

#[test]
fn a_name_inside_a_quotation_is_no_pronoun_antecedent() {
    // Before rules.40 "he adds" was "Love Below", a title quoted in the paragraph; with
    // nobody named, the quote has no speaker.
    check(
        "OutKast\n\nThe band had a big year.\n\n\"Their greatness has become clear with Speakerboxxx/The Love Below. We have not seen the last of them,\" he adds.",
        &[],
    );
    // A person named before is.
    check(
        "OutKast\n\nTim Westwood, a presenter on the station, said the band would rest.\n\n\"Their greatness has become clear with Speakerboxxx/The Love Below,\" he adds.",
        &[
            "Indirect Tim Westwood <- Tim Westwood: the band would rest | ",
            "Direct Tim Westwood <- he: Their greatness has become clear with Speakerboxxx/The Love Below | ",
        ],
    );
}

#[test]
fn quoted_as_saying_reports_the_person_quoted() {
    // Before rules.41 "according to Russia's competition law" made Russia the source and
    // "was quoted as saying" reported nothing.
    check(
        "Russia\n\nThe foreign ownership issue will be dealt with according to Russia's competition law, natural resources minister Yuri Trutnev was quoted as saying by the Interfax news agency.",
        &["Indirect Yuri Trutnev <- minister Yuri Trutnev: The foreign ownership issue will be dealt with according to Russia's competition law | Russia"],
    );
    check(
        "Russia\n\nInterfax quoted Yuri Trutnev as saying that the issue would be settled later. Mr Trutnev was quoted by Itar-Tass as saying that foreign firms were welcome.",
        &[
            "Indirect Yuri Trutnev <- Yuri Trutnev: the issue would be settled later | ",
            "Indirect Yuri Trutnev <- Mr Trutnev: foreign firms were welcome | ",
        ],
    );
}

#[test]
fn according_to_a_law_or_a_plan_names_no_source() {
    check(
        "Rules\n\nPlayers must wear helmets according to the rules of the league. The vote went ahead according to plan.",
        &[],
    );
    // Records and documents are sources.
    check(
        "Hacker\n\nHe read e-mails and personal files for seven months, according to court records.",
        &["Indirect court records <- court records: He read e-mails and personal files for seven months | "],
    );
}

#[test]
fn an_appositive_left_open_after_a_quote_names_the_speaker() {
    // Before rules.41 the speaker was "spokesperson".
    check(
        "Hacker\n\n\"T-Mobile has stringent procedures in place,\" Peter Dobrow, a T-Mobile spokesperson said.",
        &["Direct Peter Dobrow <- Peter Dobrow: T-Mobile has stringent procedures in place | "],
    );
}

#[test]
fn a_former_or_outgoing_title_is_an_epithet_of_the_last_speaker() {
    // Before rules.41 "European Commissioner" and "former Labour leader" were actors of
    // their own, and "He" went to the first.
    check(
        "Lords\n\nNeil Kinnock has said his seat in the Lords will help reform.\n\nBut the outgoing European Commissioner said his comments needed to be put in context. He said advocates for reform needed to be inside the Lords. The former Labour leader said he would take the title of Lord Kinnock of Bedwellty.",
        &[
            "Indirect Neil Kinnock <- Neil Kinnock: his seat in the Lords will help reform | ",
            "Indirect Neil Kinnock <- European Commissioner: his comments needed to be put in context | ",
            "Indirect Neil Kinnock <- He: advocates for reform needed to be inside the Lords | ",
            "Indirect Neil Kinnock <- The former Labour leader: he would take the title of Lord Kinnock of Bedwellty | ",
        ],
    );
    // Not a title the phrase does not end in, and not without a speaker before.
    check(
        "Gore\n\nAl Gore said he would stay home. The former vice president's spokeswoman said he had obligations in Tennessee.",
        &[
            "Indirect Al Gore <- Al Gore: he would stay home | ",
            "Indirect vice president's spokeswoman <- vice president's spokeswoman: he had obligations in Tennessee | ",
        ],
    );
    check(
        "Bush\n\nJeb Bush brought his brother, George W. Bush, to the rally.\n\n\"Labels are for soup cans,\" the former president told the crowd.",
        &["Direct president <- president: Labels are for soup cans | "],
    );
}

#[test]
fn an_acronym_names_the_organization_whose_initials_it_spells() {
    // Before rules.41 "British" was read as the United Kingdom and "BPI" was an
    // organization of its own.
    check(
        "Piracy\n\nThe British Phonographic Industry (BPI) worked on the case. The BPI warned there are plenty of other counterfeiters.",
        &["Indirect British Phonographic Industry <- BPI: there are plenty of other counterfeiters | "],
    );
}

#[test]
fn the_agent_of_a_passive_after_a_quoted_phrase_said_it() {
    // Before rules.41 the phrases went to the subject ("Buhecha") and to "World War".
    // (Since rules.156 "judge" is a title: the agent is the judge, by its title.)
    check(
        "Piracy\n\nBuhecha, who made money from his trade, was called \"one of the biggest pirates in the UK\" by the sentencing judge.",
        &["Mixed judge <- judge: one of the biggest pirates in the UK | United Kingdom"],
    );
    check(
        "Film\n\nThe World War I romantic drama was recently ruled \"too American\" by a Paris court as it was backed by Warner Bros.",
        &["Mixed Paris court <- a Paris court: too American | United States"],
    );
}

#[test]
fn a_group_with_a_relative_clause_speaks() {
    check(
        "Hague\n\nHis decision will disappoint some senior Conservative members, who say the party needs him.",
        &["Indirect members <- members: the party needs him | "],
    );
}

#[test]
fn pressed_reports_a_question_not_a_clause() {
    check(
        "Trial\n\n\"Not that I am aware of,\" Mr Myers replied. \"Did you ever know Mr Ebbers to make an accounting entry?\" Mr Weingarten pressed.",
        &[
            "Direct Myers <- Mr Myers: Not that I am aware of | ",
            "Direct Weingarten <- Mr Weingarten: Did you ever know Mr Ebbers to make an accounting entry? | ",
        ],
    );
    check(
        "Taxes\n\nEarlier this week, Todd pressed Reince Priebus on the subject of Trump's taxes. The government pressed ahead with plans to cut taxes.",
        &[],
    );
}

#[test]
fn what_someone_spoke_about_is_no_clause_but_about_a_number_is() {
    // Before rules.41 "about the dour tone ..." was what Biden said.
    check(
        "Debate\n\nJoe Biden flew back to Washington. Biden complained about the dour tone of the Democratic primary but defended Bernie Sanders as a mainstream candidate. The budget office said about half of the increase came from tax cuts.",
        &["Indirect budget office <- The budget office: about half of the increase came from tax cuts | "],
    );
}

#[test]
fn a_name_that_modifies_the_subject_is_not_the_subject() {
    // Before rules.41 "Nuclear" spoke for the coordinated verb.
    check(
        "Korea\n\nNuclear proliferation experts have discounted the claims, but have speculated that North Korea might boost its yield. Reid caucused in Nevada and says he voted uncommitted.",
        &[
            "Indirect experts <- experts: North Korea might boost its yield | North Korea",
            "Indirect Reid <- Reid: he voted uncommitted | ",
        ],
    );
}

#[test]
fn an_addressee_may_close_a_sentence_of_reported_speech() {
    // Before rules.42 "has told jurors" and "has told Associated Press" after the
    // content reported nothing.
    check(
        "Trial\n\nBernie Ebbers never made accounting decisions, a witness has told jurors.",
        &["Indirect witness <- a witness: Bernie Ebbers never made accounting decisions | "],
    );
    check(
        "Farms\n\nA further 40,000 farms are yet to be inspected, the state's National Land Institute has told Associated Press.",
        &["Indirect National Land Institute <- National Land Institute: A further 40,000 farms are yet to be inspected | "],
    );
}

#[test]
fn reported_as_saying_and_have_both_said_report() {
    check(
        "Saudi\n\nWomen will be employed in the foreign ministry this year, Foreign Minister Prince Saud Al-Faisal has been reported as saying.",
        &["Indirect Prince Saud Al-Faisal <- Foreign Minister Prince Saud Al-Faisal: Women will be employed in the foreign ministry this year | "],
    );
    check(
        "Rugby\n\nThe player himself and his captain Jason Robinson have both said that the clash with Peel was accidental.",
        &["Indirect Jason Robinson <- captain Jason Robinson: the clash with Peel was accidental | "],
    );
}

#[test]
fn after_that_a_clause_follows_whatever_its_first_word() {
    // Before rules.42 "so" after "that," and "if" after "that" opened no content.
    check(
        "Virus\n\nFinnish anti-virus firm F-Secure said that, so far, it had not seen many copies of the virus. Mr Trump said that if Iran were a stock, he would advise buying it.",
        &[
            "Indirect F-Secure <- F-Secure: so far, it had not seen many copies of the virus | Finland",
            "Indirect Trump <- Mr Trump: if Iran were a stock, he would advise buying it | Iran",
        ],
    );
}

#[test]
fn the_lede_source_is_the_person_whose_comments_the_next_paragraph_names() {
    // Before rules.42 "a witness" and "a senior EU politician" stayed anonymous.
    check(
        "Trial\n\nBernie Ebbers never made accounting decisions, a witness has told jurors.\n\nDavid Myers made the comments under questioning by defence lawyers.",
        &["Indirect David Myers <- a witness: Bernie Ebbers never made accounting decisions | "],
    );
    check(
        "Phones\n\nThe government is being naive by refusing to allow phone-tap evidence in court, a senior EU politician says.\n\nJavier Solana, EU foreign policy chief, says phone-tap evidence works in the courts of other countries.",
        &[
            "Indirect Javier Solana <- a senior EU politician: The government is being naive by refusing to allow phone-tap evidence in court | ",
            "Indirect Javier Solana <- Javier Solana: phone-tap evidence works in the courts of other countries | ",
        ],
    );
}

#[test]
fn an_article_is_no_description_noun() {
    // Before rules.43 "the MPC faced an" was read as a description (a speaker's actor
    // "MPC faced an"); the statement is about the MPC.
    let text = "Rates\n\nIan McCafferty, chief economist at the CBI, said the MPC faced an \"interesting\" challenge.";
    check(
        text,
        &["Mixed Ian McCafferty <- Ian McCafferty: the MPC faced an \"interesting\" challenge | MPC"],
    );
    let actors: Vec<String> = extract(text, None)
        .actors
        .iter()
        .map(|a| a.name.clone())
        .collect();
    assert_eq!(actors, ["CBI", "MPC", "Ian McCafferty"]);
}

#[test]
fn a_progressive_reporting_verb_reports() {
    // Before rules.44 "is warning" and "are warning" reported nothing.
    check(
        "Climate\n\nClimate change could be out of control within several decades, the Scottish Environment Protection Agency is warning a committee of MSPs.\n\nEcologists are warning MSPs that Scotland may have to accept wind farms.",
        &[
            "Indirect Scottish Environment Protection Agency <- Scottish Environment Protection Agency: Climate change could be out of control within several decades | ",
            "Indirect Ecologists <- Ecologists: Scotland may have to accept wind farms | ",
        ],
    );
}

#[test]
fn an_organization_named_after_its_country_speaks_as_itself() {
    // Before rules.44 "UK Coal said" was the United Kingdom's, and the agent of "led
    // by" spoke for the company.
    check(
        "Coal\n\nUK Coal said it was making progress.\n\nThe South Yorkshire company, led by new chief executive Gerry Spindler, said it hoped to return to profit in 2006.",
        &[
            "Indirect UK Coal <- UK Coal: it was making progress | ",
            "Indirect South Yorkshire company <- South Yorkshire company: it hoped to return to profit in 2006 | ",
        ],
    );
}

#[test]
fn an_addressee_between_verb_and_that_is_no_content() {
    // Before rules.44 the content began with the addressee ("packed crowd in ...",
    // "to Reuters that ...").
    check(
        "Campaign\n\nKasich is telling a packed crowd in snowy Windham, New Hampshire, on the final campaign day that he has few memories from his 1999 bid. Ironhorse Oil has denied to Reuters that it is the company in question.",
        &[
            "Indirect Kasich <- Kasich: he has few memories from his 1999 bid | ",
            "Indirect Ironhorse Oil <- Ironhorse Oil: it is the company in question | ",
        ],
    );
}

#[test]
fn requests_and_prizes_are_not_statements() {
    // Before rules.44 "music fans to boycott ..." and "the coaching award ..." were
    // statements.
    check(
        "Awards\n\nMore than 20 ministers urged music fans to boycott the concert in a bid to have it cancelled. Jake White claimed the coaching award while his side held off France.",
        &[],
    );
}

#[test]
fn a_news_agency_named_before_its_description_speaks() {
    check(
        "Oil\n\nReuters news agency reported that Iraq's Oil Ministry has awarded the first contracts. But opposition parties said the plan would mean steep rises.",
        &[
            "Indirect Reuters <- Reuters: Iraq's Oil Ministry has awarded the first contracts | Iraq, Oil Ministry",
            "Indirect parties <- parties: the plan would mean steep rises | ",
        ],
    );
}

#[test]
fn the_employer_after_a_preposition_is_not_the_speaker() {
    // Before rules.45 "said Ken Mayland at Clearview Economics" was the company's; a
    // company before the job and name still gives way to the person.
    check(
        "Markets\n\n\"I would look at the rally as a one-day event,\" said Ken Mayland at Clearview Economics. \"It was a good film,\" said Final Wars producer Shogo Tomiyama.",
        &[
            "Direct Ken Mayland <- Ken Mayland: I would look at the rally as a one-day event | ",
            "Direct Shogo Tomiyama <- Final Wars producer Shogo Tomiyama: It was a good film | ",
        ],
    );
}

#[test]
fn a_pronoun_never_takes_a_person_named_after_it() {
    // Before rules.46 "he said" after the quote went to Alan Johnson, whom the
    // paragraph names only later: its later sentences are read before its quotes.
    check(
        "Campaign\n\nThe press conference hosted by election co-ordinator Alan Milburn had all the hallmarks of an election event.\n\n\"Welcome to the media centre,\" he said. Along with Work and Pensions Secretary Alan Johnson, he then went on to attack the plans.",
        &["Direct Alan Milburn <- he: Welcome to the media centre | "],
    );
}

#[test]
fn a_pronoun_in_an_opening_clause_is_the_subject_after_it() {
    // Before rules.46 "As he spoke ..., Trump became" gave "he" to the last speaker.
    check(
        "Money\n\nScott Goodstein, its chief executive, said candidates are more aware of online money.\n\nAs he spoke to accept the nomination, Donald Trump became the first candidate to buy a \"promoted trend\" on Twitter.",
        &[
            "Indirect Scott Goodstein <- Scott Goodstein: candidates are more aware of online money | ",
            "Mixed Donald Trump <- he: promoted trend | ",
        ],
    );
}

#[test]
fn an_unclosed_quote_ends_before_the_sentence_that_introduces_the_next() {
    // Before rules.47 the unclosed quote ran on to the next opening mark, so "Gunners
    // boss Arsene Wenger said:" lay inside it and his quote continued Cole's.
    check(
        "Arsenal\n\nCole added: \"Of course he'll learn. It happens on the spur of the moment. Freddie Ljungberg is likely to be used as a striker. Gunners boss Arsene Wenger said: \"Freddie is an option but we need a second striker.\"",
        &[
            "Direct Cole <- Cole: Of course he'll learn. It happens on the spur of the moment. Freddie Ljungberg is likely to be used as a striker | ",
            "Direct Arsene Wenger <- Arsene Wenger: Freddie is an option but we need a second striker. | Gunners",
        ],
    );
}

#[test]
fn a_person_named_by_a_copula_is_who_the_pronoun_after_means() {
    // Before rules.48 "he said" went to the producer who spoke before, and "assured
    // Mr Wallace" was no attribution.
    check(
        "Musical\n\nProducer Kevin Wallace said it would be worth waiting for. \"There will be no singing Hobbits,\" assured Mr Wallace. The musical's British director is Matthew Warchus, best known for staging Art. \"The production will be a hybrid of text and music,\" he said.",
        &[
            "Indirect Kevin Wallace <- Producer Kevin Wallace: it would be worth waiting for | ",
            "Direct Kevin Wallace <- Mr Wallace: There will be no singing Hobbits | ",
            "Direct Matthew Warchus <- he: The production will be a hybrid of text and music | ",
        ],
    );
}

#[test]
fn a_clause_before_the_copula_names_nobody_for_later_pronouns() {
    // The description must be a noun phrase: here "he" is still John Smith; without
    // the clause it is the judge.
    check(
        "Judge\n\nJohn Smith spoke to the court on Monday. The judge Mr Smith was referring to is Gonzalo Curiel, who was born in Indiana. \"It is unfair,\" he said.",
        &["Direct John Smith <- he: It is unfair | "],
    );
    check(
        "Judge\n\nJohn Smith spoke to the court on Monday. The judge is Gonzalo Curiel, who was born in Indiana. \"It is unfair,\" he said.",
        &["Direct Gonzalo Curiel <- he: It is unfair | "],
    );
}

#[test]
fn a_generational_suffix_is_not_the_surname() {
    // Before rules.48 "Mr. Biden" was a person of his own, apart from "Joseph R. Biden
    // Jr.".
    check(
        "Rally\n\nVice President Joseph R. Biden Jr. warned this week that the dangers had grown. Mr. Biden said on Monday that allies were worried.",
        &[
            "Indirect Joseph R. Biden Jr. <- Vice President Joseph R. Biden Jr.: the dangers had grown | ",
            "Indirect Joseph R. Biden Jr. <- Mr. Biden: allies were worried | ",
        ],
    );
}

#[test]
fn a_document_cited_before_its_issuer_is_named_is_the_issuers() {
    // Before rules.49 these spoke as "influential survey" and "new research".
    check(
        "Confidence\n\nConsumer confidence is at its highest for five months, an influential survey says.\n\nThe Conference Board survey of 5,000 households pointed to renewed optimism.",
        &["Indirect Conference Board <- an influential survey: Consumer confidence is at its highest for five months | "],
    );
    check(
        "Blogs\n\nAmericans are becoming avid blog readers, according to new research.\n\nThe survey, conducted by the Pew Research Center, showed that readership has shot up.",
        &["Indirect Pew Research Center <- new research: Americans are becoming avid blog readers | United States"],
    );
}

#[test]
fn a_document_whose_words_name_its_issuer_keeps_its_description() {
    // "congressional" says who issued it: not the agency whose memo is cited.
    check(
        "Hack\n\nThe regulator covered up the intrusions, according to a congressional report. The report cited a 2013 memo by the Federal Deposit Insurance Corporation.",
        &["Indirect congressional report <- congressional report: The regulator covered up the intrusions | "],
    );
}

#[test]
fn a_name_after_a_possessive_in_an_appositive_is_not_the_speaker() {
    // Before rules.50 "MIT's Media Labs, says" made the lab the speaker.
    check(
        "Laptops\n\nNicholas Negroponte, chairman and founder of MIT's Media Labs, says he is developing a laptop PC.",
        &["Indirect Nicholas Negroponte <- Nicholas Negroponte: he is developing a laptop PC | "],
    );
}

#[test]
fn an_open_appositive_after_fronted_speech_names_the_speaker() {
    // Before rules.50 this statement was missed: the appositive is not closed before
    // "told", and "Radio 4's Today programme" was not read as the addressee.
    check(
        "Campaign\n\nThe prime minister's enthusiasm for the job remains undimmed, Alan Milburn, Labour's election strategist told Radio 4's Today programme on Saturday.",
        &["Indirect Alan Milburn <- Alan Milburn: The prime minister's enthusiasm for the job remains undimmed | "],
    );
}

#[test]
fn a_verb_with_its_own_clause_does_not_take_the_quote_before_it() {
    // Before rules.50 the second quote went to Rachel Harvey, whose "told ... that" has
    // its own content, and that content was lost.
    check(
        "Fuel\n\n\"This is the best time for us to increase fuel prices,\" said Sri Mulyani Indrawati, a minister. \"We are still considering if a hike is suitable.\" The BBC's correspondent in Jakarta, Rachel Harvey, told World Business Report that there was likely to be a strong public reaction.",
        &[
            "Direct Sri Mulyani Indrawati <- Sri Mulyani Indrawati: This is the best time for us to increase fuel prices | ",
            "Direct Sri Mulyani Indrawati <- Sri Mulyani Indrawati: We are still considering if a hike is suitable. | ",
            "Indirect Rachel Harvey <- Rachel Harvey: there was likely to be a strong public reaction | ",
        ],
    );
}

#[test]
fn a_month_is_no_issuer() {
    check(
        "Poll\n\nA June poll says Trump leads by seven points.",
        &["Indirect June poll <- A June poll: Trump leads by seven points | "],
    );
}

#[test]
fn a_title_before_anyone_speaks_is_the_person_the_lede_is_about() {
    // Before rules.50 "The chancellor" and "The Tory leader" were actors of their own.
    check(
        "Speech\n\nGordon Brown has delivered a rousing speech to Labour's spring conference in Gateshead.\n\nThe chancellor said he was proud of his party's record on the economy.",
        &["Indirect Gordon Brown <- chancellor: he was proud of his party's record on the economy | "],
    );
    // Not when another person named in between may be the one meant.
    check(
        "Rift\n\nTony Blair has sought to reassure Labour backbenchers about the election.\n\nMr Blair was speaking amid rumours of a rift with Gordon Brown. A new book says the prime minister went back on a pledge to Mr Brown. The chancellor has said he is focused on winning the poll.",
        &[
            "Indirect new book <- A new book: the prime minister went back on a pledge to Mr Brown | Gordon Brown",
            "Indirect Gordon Brown <- chancellor: he is focused on winning the poll | ",
        ],
    );
}

#[test]
fn a_quote_opening_a_paragraph_continues_the_speaker_before_it() {
    // Before rules.51 the paragraph's own later quotes were attributed first, and the
    // opening quote went to the last of them (Butragueno), not to Reyes.
    check(
        "Prank\n\nJose Antonio Reyes joined Arsenal from Seville in 2004. \"I wish I was playing for Madrid,\" he said.\n\n\"I'm sure there are none in the Madrid dressing room.\" Emilio Butragueno, meanwhile, was angry. \"It is a disgrace, there is no foundation to this,\" he said.",
        &[
            "Direct Jose Antonio Reyes <- he: I wish I was playing for Madrid | Spain",
            "Direct Jose Antonio Reyes <- he: I'm sure there are none in the Madrid dressing room. | Spain",
            "Direct Emilio Butragueno <- he: It is a disgrace, there is no foundation to this | ",
        ],
    );
}

#[test]
fn a_reflexive_after_the_speaker_is_no_description() {
    // Before rules.52 "The WTO itself" was an actor "WTO itself".
    check(
        "Trade\n\nThe WTO itself has warned that as many as 27 million jobs could be lost.",
        &["Indirect World Trade Organization <- WTO: as many as 27 million jobs could be lost | "],
    );
}

#[test]
fn two_titles_joined_before_a_name_are_that_persons() {
    // Before rules.53 "said chairman and chief executive officer Bill Ford" spoke as
    // "chairman": "chief executive officer" was no title, and "and" ended the search.
    check(
        "Ford\n\n\"In 2004, our company gained momentum,\" said chairman and chief executive officer Bill Ford.",
        &["Direct Bill Ford <- chief executive officer Bill Ford: In 2004, our company gained momentum | "],
    );
}

#[test]
fn prof_without_a_period_is_a_title_not_part_of_the_name() {
    // Before rules.54 British "Prof" (no period) was read as a first name: "Prof
    // Lovenduski" was an actor of its own, not Joni Lovenduski (blind set P).
    check(
        "Study\n\nProf Joni Lovenduski, who led the study, said she was shocked.\n\nMore women were present in Parliament, Prof Lovenduski said.",
        &[
            "Indirect Joni Lovenduski <- Prof Joni Lovenduski: she was shocked | ",
            "Indirect Joni Lovenduski <- Prof Lovenduski: More women were present in Parliament | Parliament",
        ],
    );
}

#[test]
fn a_quote_after_a_participles_sentence_continues_its_speaker() {
    // Before rules.55 the quotation went to the economist quoted before: the participle's
    // speaker was not recorded as the paragraph's last.
    check(
        "Dollar\n\n\"The fall has been sudden,\" said Ann Lee of First Bank. Treasury Secretary John Snow put a brave face on the news, saying it was a sign of strong growth. \"The economy is growing at such a fast rate.\"",
        &[
            "Direct Ann Lee <- Ann Lee: The fall has been sudden | Bank",
            "Indirect John Snow <- Treasury Secretary John Snow: it was a sign of strong growth | ",
            "Direct John Snow <- Treasury Secretary John Snow: The economy is growing at such a fast rate. | ",
        ],
    );
}

#[test]
fn writing_in_a_newspaper_is_where_not_what() {
    // Before rules.55 "writing in The Times" was a statement of its own ("in The Times,
    // said ..."), and "asking for anonymity" another.
    check(
        "Cards\n\nHome Secretary Charles Clarke, writing in The Times, said the cards would not erode civil liberties. \"It was a mistake,\" said a senior official, asking for anonymity.",
        &[
            "Indirect Charles Clarke <- Home Secretary Charles Clarke: the cards would not erode civil liberties | ",
            "Direct official <- official: It was a mistake | ",
        ],
    );
}

#[test]
fn a_lede_source_known_by_a_common_noun_is_who_speaks_first_after_it() {
    // Before rules.56 "a charity" and "a race group" stayed anonymous actors of their
    // own: the body names them in the next paragraph (blind set O).
    check(
        "Textiles\n\nMillions of textile workers will lose their jobs under new trade rules, a charity has warned.\n\nThe trade body is to end its quota pact. Christian Aid condemned the move, saying it would cost a million jobs.",
        &[
            "Indirect Christian Aid <- a charity: Millions of textile workers will lose their jobs under new trade rules | ",
            "Indirect Christian Aid <- Christian Aid: it would cost a million jobs | ",
        ],
    );
    check(
        "Shortlists\n\nThe party's choice proves the need for black shortlists, says a race group.\n\nAn Operation Black Vote spokesman said they now wanted to meet the party chairman.",
        &[
            "Indirect Operation Black Vote <- a race group: The party's choice proves the need for black shortlists | ",
            "Indirect Operation Black Vote spokesman <- Operation Black Vote spokesman: they now wanted to meet the party chairman | ",
        ],
    );
    check(
        "Wedding\n\nPop star Maria Lopez is to marry producer Tom Hale, the singer's agent has confirmed.\n\nHale, 26, proposed on holiday. \"No wedding plans have been set yet,\" said Lopez's agent Meghan Price.",
        &[
            "Indirect Meghan Price <- the singer's agent: Pop star Maria Lopez is to marry producer Tom Hale | Tom Hale",
            "Direct Meghan Price <- Meghan Price: No wedding plans have been set yet | ",
        ],
    );
}

#[test]
fn a_lede_source_is_not_a_speaker_who_does_not_fit_its_noun() {
    // A minister is no charity, and a body the lede names is not its own source.
    check(
        "Aid\n\nAid to Africa must double, a charity has said.\n\nInternational Development Secretary Hilary Benn said the government would meet its pledges.",
        &[
            "Indirect charity <- a charity: Aid to Africa must double | Aid",
            "Indirect Hilary Benn <- International Development Secretary Hilary Benn: the government would meet its pledges | ",
        ],
    );
}

#[test]
fn a_creed_word_before_a_name_is_part_of_it() {
    // Before rules.56 "Christian" and "Muslim" never opened a name: "Christian Aid" was
    // "Aid", "the Muslim Council of Britain" "Council of Britain", "Christian Bale"
    // "Bale".
    check(
        "Rows\n\nThe Muslim Council of Britain said the comments were irresponsible. Christian Bale said he was sorry. Western officials said little.",
        &[
            "Indirect Muslim Council of Britain <- Muslim Council of Britain: the comments were irresponsible | ",
            "Indirect Christian Bale <- Christian Bale: he was sorry | ",
        ],
    );
}

#[test]
fn an_unknown_body_before_a_title_holds_it() {
    // Before rules.56 "An Operation Black Vote spokesman" was a spokesman of no body,
    // and "A CRE spokesman" after it was taken for the same person.
    check(
        "Shortlists\n\nAn Operation Black Vote spokesman said they wanted talks. A CRE spokesman said the commission had nothing to add.",
        &[
            "Indirect Operation Black Vote spokesman <- Operation Black Vote spokesman: they wanted talks | ",
            "Indirect CRE spokesman <- CRE spokesman: the commission had nothing to add | ",
        ],
    );
    assert_eq!(
        roles("An Operation Black Vote spokesman said they wanted talks. A CRE spokesman said the commission had nothing to add."),
        [
            "Operation Black Vote spokesman: spokesman@Operation Black Vote",
            "CRE spokesman: spokesman@CRE",
        ]
    );
}

#[test]
fn the_british_spelling_of_a_body_is_the_same_body() {
    // Before rules.56 "World Trade Organisation" was an actor apart from the gazetteer's
    // "World Trade Organization", which "the WTO" found.
    check(
        "Trade\n\nThe World Trade Organisation said quotas would end. The WTO also said funding was available.",
        &[
            "Indirect World Trade Organization <- World Trade Organisation: quotas would end | ",
            "Indirect World Trade Organization <- WTO: funding was available | ",
        ],
    );
}

#[test]
fn an_unnamed_holder_is_the_person_named_later_with_the_same_title_in_the_same_body() {
    // Before rules.57 "a spokeswoman for MTV" stayed anonymous when "MTV spokeswoman
    // Jeannie Kedas" was named two paragraphs later (blind set O).
    check(
        "MTV\n\nThe council said the channel offered the cheapest form of programming. But a spokeswoman for MTV said it was unfair to single out the channel.\n\nThe council monitored the channel's output for 171 hours. Brent Bozell, its president, said: \"MTV is selling raunch to kids.\"\n\nMTV spokeswoman Jeannie Kedas said the network follows the same standards as broadcasters.",
        &[
            "Indirect council <- The council: the channel offered the cheapest form of programming | ",
            "Indirect Jeannie Kedas <- spokeswoman for MTV: it was unfair to single out the channel | ",
            "Direct Brent Bozell <- Brent Bozell: MTV is selling raunch to kids. | MTV",
            "Indirect Jeannie Kedas <- MTV spokeswoman Jeannie Kedas: the network follows the same standards as broadcasters | ",
        ],
    );
}

#[test]
fn a_countrys_government_is_the_country() {
    // Before rules.58 "the US government" and "the Japanese government" were groups of
    // their own, and "the government" after "A US government claim" stayed anonymous
    // (blind set P); "the council's ruling" was a speaker apart from the council.
    check(
        "Tobacco\n\nA US government claim against tobacco firms was thrown out. In its case, the government claimed the firms manipulated nicotine levels. The Japanese government said growth would slow.",
        &[
            "Indirect United States <- the government: the firms manipulated nicotine levels | ",
            "Indirect Japan <- The Japanese government: growth would slow | ",
        ],
    );
    check(
        "Play\n\nThe Ugandan Media Council said the play would not go ahead. \"The play is banned,\" the council's ruling said.",
        &[
            "Indirect Ugandan Media Council <- Ugandan Media Council: the play would not go ahead | ",
            "Direct Ugandan Media Council <- the council's ruling: The play is banned | ",
        ],
    );
}

#[test]
fn a_participles_subject_is_its_own_sentences() {
    // Before rules.59 a participle after a verb that reported nothing took the
    // paragraph's last speaker ("Mr Blair dismissed claims ..., saying" was John
    // Reid's, blind set Q), an opening phrase's name was taken for the subject, and a
    // name ending in "-ing" opening a sentence was read as a participle.
    check(
        "Row\n\nHealth Secretary John Reid warned that members would not forgive anybody. Mr Blair dismissed claims of broken promises, saying: \"I've dealt with this.\"",
        &[
            "Indirect John Reid <- Health Secretary John Reid: members would not forgive anybody | ",
            "Direct Blair <- Mr Blair: I've dealt with this. | ",
        ],
    );
    check(
        "Tributes\n\nWhen Carson died, President Bush led the public tributes, saying the presenter \"had a profound influence\".",
        &[
            "Mixed Bush <- President Bush: the presenter \"had a profound influence | ",
        ],
    );
    check(
        "Praise\n\nRicky Gervais is writing an episode, following an invitation from its creator Matt Groening. \"It is intimidating,\" Gervais said. Groening recently heaped praise on the show, saying: \"Everybody here is a fan.\"",
        &[
            "Direct Ricky Gervais <- Gervais: It is intimidating | ",
            "Direct Matt Groening <- Groening: Everybody here is a fan. | ",
        ],
    );
    check(
        "Mosque\n\nAdel Nefzi spoke on Friday. Omar Mateen left as soon as prayers were finished, Nefzi said, adding, \"He was not very religious.\"",
        &[
            "Indirect Adel Nefzi <- Nefzi: Omar Mateen left as soon as prayers were finished | ",
            "Direct Adel Nefzi <- Nefzi: He was not very religious. | ",
        ],
    );
}

#[test]
fn a_hyphenated_epithet_is_no_part_of_the_name_and_the_coach_is_the_ledes_person() {
    // Before rules.60 "Man-of-the-match Stephen Jones" was the name, and "the national
    // team coach" who spoke first was nobody named (blind set Q).
    check(
        "Wales\n\nMike Ruddock paid tribute to his Wales side after they came from 15-6 down to beat France.\n\n\"We had to show character,\" said the national team coach. Man-of-the-match Stephen Jones was ecstatic. \"It's just a special moment,\" he said.",
        &[
            "Direct Mike Ruddock <- the national team coach: We had to show character | ",
            "Direct Stephen Jones <- he: It's just a special moment | ",
        ],
    );
}

#[test]
fn a_quote_after_a_sentence_about_another_person_is_theirs() {
    // Before rules.61 the quotation went on with the paragraph's last speaker (blind
    // set Q); it does not when it speaks of a third person or names the subject.
    check(
        "Wales\n\nStephen Jones was happy. \"We worked hard as a squad,\" he said. Martyn Williams was keen not to talk about a Grand Slam. \"We have got more self-belief these days.\"",
        &[
            "Direct Stephen Jones <- he: We worked hard as a squad | ",
            "Direct Martyn Williams <- Martyn Williams: We have got more self-belief these days. | ",
        ],
    );
    check(
        "Lions\n\nClive Woodward named his squad. \"It is a strong group,\" he said. Scotland forward Simon Taylor looks certain to get the call. \"Simon Taylor is an outstanding player.\"",
        &[
            "Direct Clive Woodward <- he: It is a strong group | ",
            "Direct Clive Woodward <- he: Simon Taylor is an outstanding player. | Simon Taylor",
        ],
    );
}

#[test]
fn a_quote_before_a_speaker_with_words_of_their_own_is_not_theirs() {
    // Before rules.62 a quotation went to the speaker named after it even when that
    // speaker's verb had its own content: a colon and a quotation ("Mike Hobday ...
    // said: “...”"), or "that" after a question (blind set R).
    check(
        "Hunting\n\nTory MP Peter Luff said the law was \"so poorly drafted nobody can define the offence\".\n\n\"It is no wonder the government wants to move on.\" Mike Hobday, of the League Against Cruel Sports, said: \"There is no confusion.\"",
        &[
            "Mixed Peter Luff <- Tory MP Peter Luff: the law was \"so poorly drafted nobody can define the offence\" | ",
            "Direct Peter Luff <- Tory MP Peter Luff: It is no wonder the government wants to move on. | ",
            "Direct Mike Hobday <- Mike Hobday: There is no confusion. | ",
        ],
    );
    check(
        "Hunting\n\nMr Opik said: \"Hunting with dogs is not defined. \"How is the village bobby supposed to tell?\" Tory MP Peter Luff said that the law was badly drafted.",
        &[
            "Direct Opik <- Mr Opik: Hunting with dogs is not defined. | ",
            "Direct Opik <- Mr Opik: How is the village bobby supposed to tell? | ",
            "Indirect Peter Luff <- Tory MP Peter Luff: the law was badly drafted | ",
        ],
    );
}

#[test]
fn an_acronym_written_as_a_word_is_the_body_it_abbreviates() {
    // Before rules.63 "Sepa" (British copy writes acronyms so) was an actor of its own,
    // apart from the Scottish Environment Protection Agency named before.
    check(
        "Climate\n\nThe Scottish Environment Protection Agency is warning MSPs that change could be out of control.\n\nSepa said the two methods would remain energy sources.",
        &[
            "Indirect Scottish Environment Protection Agency <- Scottish Environment Protection Agency: change could be out of control | ",
            "Indirect Scottish Environment Protection Agency <- Sepa: the two methods would remain energy sources | ",
        ],
    );
}

#[test]
fn a_shadow_title_is_the_oppositions_not_the_office() {
    // Before rules.64 "the foreign secretary" after "shadow foreign secretary Michael
    // Ancram" was Ancram, not Jack Straw.
    check(
        "Europe\n\nForeign Secretary Jack Straw spoke in London. Shadow foreign secretary Michael Ancram said ministers were prolonging uncertainty.\n\nThe foreign secretary hit back by saying Tory attitudes had kept the party out of power.",
        &[
            "Indirect Michael Ancram <- Shadow foreign secretary Michael Ancram: ministers were prolonging uncertainty | ",
            "Indirect Jack Straw <- foreign secretary: Tory attitudes had kept the party out of power | Conservative Party",
        ],
    );
}

#[test]
fn a_sportsmans_position_or_a_profession_is_the_person_the_story_is_about() {
    // Before rules.65 "The prop said" and "the expert said" made actors called "prop"
    // and "expert" (blind set R): a position or a profession after "the" stands for the
    // lede's person, or for the person who spoke last.
    check(
        "Wales\n\nRhys Evans says the Wales forwards are ready to take on the France pack.\n\nThe prop said: \"If we get pushed back in the scrum our backs have had it.\"",
        &[
            "Indirect Rhys Evans <- Rhys Evans: the Wales forwards are ready to take on the France pack | France",
            "Direct Rhys Evans <- The prop: If we get pushed back in the scrum our backs have had it. | ",
        ],
    );
    check(
        "Labs\n\n\"The backlog is growing,\" said Mary Stone, who runs a laboratory in Ohio. The American forensics expert said there were thousands of untested samples.",
        &[
            "Direct Mary Stone <- Mary Stone: The backlog is growing | ",
            "Indirect Mary Stone <- The American forensics expert: there were thousands of untested samples | ",
        ],
    );
}

#[test]
fn a_lone_surname_is_not_somebody_named_only_after_it() {
    // Before rules.65 "Robinson" went to whichever Robinson the paragraph named last,
    // even after it; and an opening phrase after "And" hid the subject after it.
    check(
        "Rugby\n\nThe pressure is on coach Andy Robinson. But Robinson was bullish, saying that his side \"are going there to win\". And despite the recent results, skipper Jason Robinson believes the mood is good. \"There is no lack of confidence,\" said the Sale full-back.",
        &[
            "Mixed Andy Robinson <- Robinson: his side \"are going there to win | ",
            "Direct Jason Robinson <- the Sale full-back: There is no lack of confidence | ",
        ],
    );
}

#[test]
fn words_before_a_description_and_a_name_are_no_lede_subject() {
    // Before rules.65 "Veteran US" (before "television host Dick Clark") was taken for
    // the lede's person, and "the presenter" for him.
    check(
        "Clark\n\nVeteran US television host Dick Clark is in hospital after suffering a mild stroke.\n\nThe 75-year-old has hosted game shows for decades. Clark is due to host the New Year show. The presenter said that he is hopeful of getting better in time for New Year.",
        &["Indirect Dick Clark <- The presenter: he is hopeful of getting better in time for New Year | "],
    );
}

#[test]
fn the_person_a_wire_quoted_is_the_speaker() {
    // Before rules.66 "AP quoted prosecutor Russell Hale as saying" went to the agency:
    // a title before the person quoted hid the pattern (blind set S).
    check(
        "Spam\n\n\"He has been ripping people off for years,\" AP quoted prosecutor Russell Hale as saying.",
        &["Direct Russell Hale <- Russell Hale: He has been ripping people off for years | "],
    );
}

#[test]
fn a_nationality_as_a_noun_is_the_person_introduced_with_it() {
    // Before rules.66 "The Argentine had stoked up ..." was Argentina.
    check(
        "Tennis\n\nLleyton Hewitt beat Argentine David Nalbandian in five sets. The Argentine had stoked up the temperature by saying Hewitt's celebrations were \"not good for the sport\".",
        &["Mixed David Nalbandian <- Argentine: Hewitt's celebrations were \"not good for the sport | Lleyton Hewitt"],
    );
}

#[test]
fn a_participle_between_an_article_and_a_noun_is_no_reporting_verb() {
    // Before rules.66 "the nine-year recommended term" read as "the nine-year"
    // recommending, and took the lawyer's words.
    check(
        "Spam\n\nBut the lawyer David Orton called the nine-year recommended term \"outrageous\" and said his client was innocent.",
        &[
            "Mixed David Orton <- David Orton: outrageous | ",
            "Indirect David Orton <- David Orton: his client was innocent | ",
        ],
    );
}

#[test]
fn a_place_before_a_description_and_a_name_is_no_source() {
    // Before rules.66 "according to US research think-tank Pew Internet" was the
    // United States; and "the two-time Academy Award winner" made an actor of its own.
    check(
        "Blogs\n\nA blog is created every six seconds, according to US research think-tank Pew Internet.",
        &["Indirect Pew Internet <- Pew Internet: A blog is created every six seconds | "],
    );
    check(
        "Premiere\n\nHollywood star Tom Hanks was in London for the premiere of his new film.\n\n\"Christmas is a special time of the year,\" added the two-time Academy Award winner.",
        &["Direct Tom Hanks <- the two-time Academy Award winner: Christmas is a special time of the year | "],
    );
}

#[test]
fn a_survey_carried_out_by_a_firm_is_the_firms() {
    // Before rules.67 a passive "was carried out by" with words between the survey and
    // the verb credited the survey to nobody (blind set R).
    check(
        "Tags\n\nShoppers are worried about electronic tags in shops, a survey says.\n\nThe survey of shoppers in France and Spain was carried out by consultancy group Datawise.",
        &["Indirect Datawise <- a survey: Shoppers are worried about electronic tags in shops | "],
    );
}

#[test]
fn where_a_speaker_is_is_not_who_speaks() {
    // Before rules.68 "Zubair Ahmed in Mumbai says" was Mumbai's, "Said Scott Johnson:"
    // made a person called "Said Scott Johnson", and "UKIP chairman Petrina Holdsworth"
    // was taken for a man, so that "She said" went to the last man who spoke (blind
    // set T).
    check(
        "Film\n\nThe BBC's Zubair Ahmed in Mumbai says that the film shows a priest in love.",
        &["Indirect Zubair Ahmed <- Zubair Ahmed: the film shows a priest in love | "],
    );
    check(
        "Rugby\n\nThe squad trained on Sunday. Said assistant coach Scott Johnson: \"They've worked through the weekend.\"",
        &["Direct Scott Johnson <- Scott Johnson: They've worked through the weekend. | "],
    );
    check(
        "Seats\n\nMr Hockney said the law was clear. UKIP chairman Petrina Holdsworth urged the men to step down. She said: \"The party has taken legal advice.\"",
        &[
            "Indirect Hockney <- Mr Hockney: the law was clear | ",
            "Direct Petrina Holdsworth <- She: The party has taken legal advice. | ",
        ],
    );
}

#[test]
fn a_nationality_or_a_surname_after_a_description_opens_the_subject() {
    // Before rules.69 "British actor Clive Owen is hoping" had no subject (the
    // nationality came first) and "British actor Owen" none either (a lone surname was
    // no candidate), so "he said" went to the last speaker (blind set T).
    check(
        "Baftas\n\nGere said it was a big party.\n\nBritish actor Clive Owen is hoping to repeat his success. \"I was always a huge fan of the play,\" he said.",
        &[
            "Indirect Gere <- Gere: it was a big party | ",
            "Direct Clive Owen <- he: I was always a huge fan of the play | ",
        ],
    );
    check(
        "Baftas\n\nGere said it was a big party.\n\nBritish actor Owen is hoping to repeat his success. \"I was always a huge fan of the play,\" he said.",
        &[
            "Indirect Gere <- Gere: it was a big party | ",
            "Direct Owen <- he: I was always a huge fan of the play | ",
        ],
    );
}

#[test]
fn a_quotation_glued_to_the_sentence_before_is_still_a_quotation() {
    // Before rules.70 a straight quotation mark glued to a capitalised word after a full
    // stop ("on the red carpet."It's ...") was read as a closing mark, and the
    // quotation was lost (blind set T).
    check(
        "Baftas\n\nLeonardo DiCaprio arrived at the ceremony.\"It's unlike anything I've ever encountered,\" he told the BBC.",
        &["Direct Leonardo DiCaprio <- he: It's unlike anything I've ever encountered | "],
    );
}

#[test]
fn a_surname_with_a_particle_capitalised_is_the_same_person() {
    // Before rules.71 "De Blasio" at a sentence's start was a person apart from "Bill de
    // Blasio", and "De Croo" apart from "Herman De Croo".
    check(
        "Security\n\nMayor Bill de Blasio spoke on Monday. De Blasio said the city was safe.",
        &["Indirect Bill de Blasio <- De Blasio: the city was safe | "],
    );
    check(
        "Trade\n\nBelgian minister Herman De Croo met officials. De Croo said a compromise was likely.",
        &["Indirect Herman De Croo <- De Croo: a compromise was likely | "],
    );
}

#[test]
fn a_consultancy_is_a_company() {
    // Before rules.72 "City consultancy Deloitte" was a person, so that "the firm" went
    // to a capitalised word opening a sentence ("Economic growth") (blind set T).
    check(
        "Economy\n\nGrowth may slow markedly in 2005, City consultancy Deloitte has warned.\n\nEconomic growth is likely to be constrained by rising taxes. The Treasury will need to raise more money, the firm claims.",
        &[
            "Indirect Deloitte <- Deloitte: Growth may slow markedly in 2005 | ",
            "Indirect Deloitte <- the firm: The Treasury will need to raise more money | ",
        ],
    );
}

#[test]
fn a_given_name_tells_he_from_she() {
    // Before rules.73 a sex was known only from a title ("Mr", "Ms"), so "she said" went
    // to the last speaker, a man: the census's given names now tell that Christine is
    // a woman and Beryl either.
    check(
        "Festival\n\n\"We feel like we've turned a page,\" Mr Prater said.\n\nHis sentiments were echoed by Christine Rush, director of the sister event. \"We have been careful to be respectful,\" she said.",
        &[
            "Direct Prater <- Mr Prater: We feel like we've turned a page | ",
            "Direct Christine Rush <- she: We have been careful to be respectful | ",
        ],
    );
    check(
        "Economy\n\nIn a speech this week, Beryl Sprinkel, the chief White House economic adviser, predicted the deficit would improve.\n\n\"Prospects for growth are still quite favorable,\" he said.",
        &[
            "Indirect Beryl Sprinkel <- Beryl Sprinkel: the deficit would improve | ",
            "Direct Beryl Sprinkel <- he: Prospects for growth are still quite favorable | ",
        ],
    );
}

#[test]
fn a_pronoun_takes_the_last_person_it_fits_before_an_earlier_full_name() {
    // A full name of the pronoun's sex that is not yet an actor ("Gordon Brown" in a
    // lede) does not win over a person of that sex named since ("Mr Blair").
    check(
        "Row\n\nTony Blair and Gordon Brown are said to be at war.\n\nThe row dominated the news conference, which saw Mr Blair start in full irritation mode. As he told journalists: \"There is a complete unity of purpose.\"",
        &["Direct Tony Blair <- he: There is a complete unity of purpose. | "],
    );
}

#[test]
fn an_age_or_an_employer_before_the_name_after_the_verb() {
    // Before rules.73 "said the 21-year-old Wayne Rooney" gave no statement (an age
    // was no descriptor), and "said Real Madrid striker Morientes" went to the club (a
    // lone surname after the job was not looked for).
    check(
        "Football\n\n\"It has been a fantastic few weeks,\" said the 21-year-old Wayne Rooney.",
        &["Direct Wayne Rooney <- Wayne Rooney: It has been a fantastic few weeks | "],
    );
    check(
        "Football\n\nFernando Morientes is wanted by Liverpool.\n\n\"I would be keen to leave,\" said Real Madrid striker Morientes.",
        &["Direct Fernando Morientes <- Morientes: I would be keen to leave | "],
    );
    // Not after a person: "Stephen Candillon of Respond imaging partner Sertit".
    check(
        "Maps\n\n\"These wadis had a small amount of flooding,\" says Stephen Candillon of Respond imaging partner Sertit.",
        &["Direct Stephen Candillon <- Stephen Candillon of Respond: These wadis had a small amount of flooding | "],
    );
}

#[test]
fn a_description_that_introduced_a_full_name_refers_back_to_it() {
    // Before rules.74 "the Tory leader" found the person introduced as "Tory leader
    // Michael Howard" only once that person was an actor: a name that had not spoken
    // yet was not looked for, and "the Tory leader" stayed a description.
    check(
        "Budget\n\nTory leader Michael Howard spoke on Monday. Later the Tory leader said the rules were wrong.",
        &["Indirect Michael Howard <- the Tory leader: the rules were wrong | "],
    );
    check(
        "Rugby\n\nLions coach Sir Clive Woodward named his squad. The Lions coach said the tour would be hard.",
        &["Indirect Clive Woodward <- The Lions coach: the tour would be hard | "],
    );
}

#[test]
fn a_stance_before_a_noun_is_no_name() {
    // Before rules.74 "Anti-abortion" opening a sentence was a name and the speaker of
    // "but said" (blind set U); the group named after "group the" is.
    check(
        "Abortion\n\nAnti-abortion group the Pro-Life Alliance \"congratulated\" Mr Howard on his new stance, but said it did not go far enough.",
        &["Indirect Pro-Life Alliance <- Pro-Life Alliance: it did not go far enough | "],
    );
}

#[test]
fn a_commissioner_is_a_title() {
    // Before rules.75 "Commissioner" was no title, so "Metropolitan Police Commissioner
    // Sir Ian Blair" was the police force and "Trade Commissioner Peter Mandelson" a
    // person of that name (blind set U).
    check(
        "Terror\n\nNew Metropolitan Police Commissioner Sir Ian Blair has backed the control orders, saying: \"It is a dilemma, but there is only one choice.\"",
        &["Direct Ian Blair <- New Metropolitan Police Commissioner Sir Ian Blair: It is a dilemma, but there is only one choice. | "],
    );
    check(
        "Trade\n\nEU Trade Commissioner Peter Mandelson said the deal was close.",
        &["Indirect Peter Mandelson <- Trade Commissioner Peter Mandelson: the deal was close | "],
    );
}

#[test]
fn it_is_no_plural_group_nor_a_share() {
    // Before rules.76 "it said" went to the last speaker that was no person, a share
    // ("40%") or a plural group ("analysts") included.
    check(
        "Broadband\n\nJupiter Research Inc said broadband was challenging television. In homes with broadband, 40% said they were watching less TV. It said TV companies faced a major threat.",
        &[
            "Indirect Jupiter Research Inc <- Jupiter Research Inc: broadband was challenging television | ",
            "Indirect 40% <- 40%: they were watching less TV | ",
            "Indirect Jupiter Research Inc <- It: TV companies faced a major threat | ",
        ],
    );
}

#[test]
fn a_speaker_after_with_and_before_saying() {
    // Before rules.77 "with the Countryside Alliance saying ..." gave no statement (the
    // participle borrowed the sentence's subject, which said nothing); "with China
    // adding 178 million PCs" is still no speech.
    check(
        "Hunting\n\nThe law faces a stiff test this weekend, with the Countryside Alliance saying many hunts will be out in force.",
        &["Indirect Countryside Alliance <- Countryside Alliance: many hunts will be out in force | "],
    );
    check(
        "Shares\n\nPhytopharm shares jumped 10.7% on the news, with analysts saying sales of $600m a year were possible.",
        &["Indirect analysts <- analysts: sales of $600m a year were possible | "],
    );
    check(
        "PCs\n\nMore than a third of all new PCs will be in these markets, with China adding 178 million new PCs by 2010.",
        &[],
    );
}

#[test]
fn partners_trusts_and_bancorps_are_companies() {
    // Before rules.77 "Rainier Bancorp" or "Health and Rehabilitation Properties Trust"
    // named no company, so that "the company said" found none.
    check(
        "Banks\n\nShares in Rainier Bancorp rose on Monday. The company said its profits would rise.",
        &["Indirect Rainier Bancorp <- The company: its profits would rise | "],
    );
}

#[test]
fn will_argue_reports_a_speech_to_come() {
    // Before rules.78 "will argue" was no reporting verb: a verb in the plural form
    // ("argue", "claim") was one only after a name, a plural noun or a pronoun.
    check(
        "Budget\n\nMr Brown will present his Budget on Wednesday.\n\nAnd the Tory leader will argue that the sums do not add up.",
        &["Indirect Tory leader <- the Tory leader: the sums do not add up | "],
    );
}

#[test]
fn a_person_from_a_body_with_a_plural_possessive() {
    // Before rules.79 the apostrophe of "Musicians'" stopped the search for the person
    // before "from", and the union spoke (blind set V).
    check(
        "Music\n\nNigel McCune from the Musicians' Union said the rules were unfair.",
        &["Indirect Nigel McCune <- Nigel McCune: the rules were unfair | "],
    );
}

#[test]
fn said_the_american_is_a_person() {
    // Before rules.79 "said the American" was the United States unless someone had
    // been introduced as "American X" (blind set V); "the Israelis" are still Israel.
    check(
        "Tennis\n\nAndre Agassi lost to Jurgen Melzer.\n\nAnd Agassi said Melzer played well. \"A lot more guys are capable of it now,\" said the American.",
        &[
            "Indirect Andre Agassi <- Agassi: Melzer played well | Jurgen Melzer",
            "Direct Andre Agassi <- American: A lot more guys are capable of it now | ",
        ],
    );
    check(
        "Talks\n\nTony Blair met Mahmoud Abbas.\n\nThe Israelis described the meeting as important but said they would not need to attend.",
        &["Indirect Israel <- Israelis: they would not need to attend | "],
    );
}

#[test]
fn a_descriptor_opening_a_sentence_is_no_part_of_the_name() {
    // Before rules.80 "Actor Bruce Willis" at a sentence's start was a person of that
    // whole name; a word the lexicon knows as a speaker's noun, a title or a body before
    // a given name now describes the person, and the mention keeps it.
    check(
        "Film\n\nActor Bruce Willis said the film was good. Later Willis said it would sell.",
        &[
            "Indirect Bruce Willis <- Actor Bruce Willis: the film was good | ",
            "Indirect Bruce Willis <- Willis: it would sell | ",
        ],
    );
}

#[test]
fn an_inverted_attribution_set_off_by_commas_reports_its_sentence() {
    // Before rules.81 "Also, said Mr Trainor, research is being done ..." gave no
    // statement: an attribution inside the sentence was read as parenthetical only
    // when the speaker came before the verb (blind sets V and W).
    check(
        "Laptops\n\nMike Trainor works for Intel. Also, said Mr Trainor, research is being done on ways to cut energy consumption.",
        &["Indirect Mike Trainor <- Mr Trainor: Also, said Mr Trainor, research is being done on ways to cut energy consumption | "],
    );
}

#[test]
fn what_a_survey_revealed_is_a_finding() {
    // Before rules.82 "a survey by the firm revealed" made the survey a speaker; what
    // studies, surveys and research reveal are findings, as what they find is (blind
    // set W). A person who reveals still speaks.
    check(
        "Documents\n\nUp to 75% of all business documents contained sensitive information, a survey by the firm revealed. Souness also revealed he tried to bring back Solano.",
        &["Indirect Souness <- Souness: he tried to bring back Solano | "],
    );
}

#[test]
fn a_skipper_is_the_person_the_story_is_about() {
    // Before rules.83 "the England skipper" was a group of that name; like "the
    // striker" or "the prop" it is the lede's person.
    check(
        "Football\n\nDavid Beckham expressed his relief at Real Madrid's passage to the knockout phase.\n\nAfter Real's 3-0 win at Roma, the England skipper admitted another season of under-achievement would not be tolerated.",
        &["Indirect David Beckham <- the England skipper: another season of under-achievement would not be tolerated | "],
    );
}

#[test]
fn a_statement_on_her_website_is_hers() {
    // Before rules.84 "a statement on her website said" spoke as a group of that name
    // (blind set W); the document is the person's "her" stands for.
    check(
        "Tennis\n\nTennis star Kim Clijsters will make her return at the Antwerp event in February.\n\n\"Kim had considered returning to action in Paris,\" a statement on her website said.",
        &["Direct Kim Clijsters <- a statement on her website: Kim had considered returning to action in Paris | "],
    );
}

#[test]
fn a_club_and_a_job_before_a_name_leave_the_name_the_subject() {
    // Before rules.85 "Newcastle boss Graeme Souness is lining up ..." had the club as
    // its subject, so "he told" went to the last man named (Michael Owen) (blind set V).
    check(
        "Football\n\nNewcastle boss Graeme Souness is lining up a summer move for striker Michael Owen. \"Michael is in the category of players who would excite the fans,\" he told BBC Newcastle.",
        &["Direct Graeme Souness <- he: Michael is in the category of players who would excite the fans | "],
    );
}

#[test]
fn an_unowned_government_is_that_of_the_country_the_article_is_about() {
    // Before rules.86 "The government" of a British politics story stayed a group named
    // "government" (blind set V): no country was named before it. Read to its end, the
    // article is about the United Kingdom's parties; a single mention of another country
    // does not outweigh them. Nor is the government the party that speaks next. (Since
    // rules.127 "Labour has always maintained" reports too. Since rules.162 denied
    // "reports that ..." are a thing denied, not a statement, so the government denies a
    // clause here.)
    check(
        "Politics\n\nThe government has denied the chancellor is preparing to take charge of the campaign.\n\nLabour has always maintained the chancellor would have a central role. The Tories say Labour is divided over Iraq, and the Liberal Democrats agree.",
        &[
            "Indirect United Kingdom <- The government: the chancellor is preparing to take charge of the campaign | ",
            "Indirect Labour Party <- Labour: the chancellor would have a central role | ",
            "Indirect Conservative Party <- Tories: Labour is divided over Iraq, and the Liberal Democrats agree | Labour Party, Iraq, Liberal Democrats",
        ],
    );
}

#[test]
fn the_spokesman_speaks_for_the_body_an_unnamed_spokesman_spoke_for() {
    // Before rules.87 "the spokesman" after "A spokesman for the Pentagon said" was the
    // person the lede is about, and so was "The Pentagon spokesman said" itself: a
    // spokesperson speaks for somebody else, and an unnamed one for the body named
    // with the title.
    check(
        "Andrew Hogg, of the Refugee Council, called the plan cruel. A spokesman for the Pentagon said it was wrong. \"We are developing a programme,\" said the spokesman.",
        &[
            "Indirect Pentagon <- Pentagon: it was wrong | ",
            "Direct Pentagon <- spokesman: We are developing a programme | ",
        ],
    );
    check(
        "Andrew Hogg, of the Refugee Council, called the plan cruel. The Acmecom spokesman said it was wrong.",
        &["Indirect Acmecom spokesman <- Acmecom spokesman: it was wrong | "],
    );
}

#[test]
fn a_peer_named_by_title_and_name_is_named_in_full() {
    // Before rules.88 "The UK's top judge" of the lede stayed a person of that name
    // (blind set V): the next paragraph's "Lord Woolf said" named nobody in full. A
    // peer's title and name are the full name British copy gives. (Since rules.156
    // "judge" is a title: the mention is the title, and the UK before it is what the
    // statement's frame names.)
    check(
        "Judges\n\nThe UK's top judge has revealed he has clashed with ministers over public inquiries.\n\nLord Woolf said he was determined his veto should continue.",
        &[
            "Indirect Woolf <- judge: he has clashed with ministers over public inquiries | United Kingdom",
            "Indirect Woolf <- Lord Woolf: he was determined his veto should continue | ",
        ],
    );
}

#[test]
fn a_name_ending_in_a_newspaper_word_is_a_news_medium() {
    // Before rules.89 "Screen Daily" and "PC Pro Magazine" were persons, so "the
    // paper" found no paper, and in a longer story "he said" could go to the magazine
    // rather than to its editor named before it. ("Express" and "Films" now name
    // companies: "American Express", "Percept Films".)
    check(
        "Broadband\n\nA third of users were fed up, thinks Tim Danton, editor of PC Pro Magazine. \"We expect these figures to leap,\" he said.",
        &["Direct Tim Danton <- he: We expect these figures to leap | "],
    );
    check(
        "Films\n\nBritish film production fell 40% in 2004, Screen Daily has said.\n\nThe paper said tax laws were to blame.",
        &[
            "Indirect Screen Daily <- Screen Daily: British film production fell 40% in 2004 | United Kingdom",
            "Indirect Screen Daily <- The paper: tax laws were to blame | ",
        ],
    );
}

#[test]
fn an_organization_after_said_the_is_the_speaker() {
    // Before rules.90 "..., said the Federation of Small Businesses." gave no statement
    // (a body the gazetteer knows, "said the CBI", did); whom one told is no speaker.
    check(
        "Small firms are struggling to cope with the new rules, said the Federation of Small Businesses. The rules were wrong, Jane Roe, a shop owner, told The Acme Times.",
        &[
            "Indirect Federation of Small Businesses <- Federation of Small Businesses: Small firms are struggling to cope with the new rules | ",
            "Indirect Jane Roe <- Jane Roe: The rules were wrong | ",
        ],
    );
}

#[test]
fn a_nationality_and_a_noun_before_a_name_leave_the_name_the_subject_of_a_coordinated_verb() {
    // Before rules.91 "Finnish security firm F-Secure issued a warning ... but said"
    // gave the statement to Finland (blind set W): the coordinated verb borrowed the
    // sentence's first reference, not the name the nationality describes.
    check(
        "Viruses\n\nFinnish security firm F-Secure issued a warning about the new strains but said that the viruses do not do any damage to a phone.",
        &["Indirect F-Secure <- F-Secure: the viruses do not do any damage to a phone | Finland"],
    );
}

#[test]
fn an_attribution_followed_by_a_participle_reports_the_words_before_it() {
    // Before rules.92 "..., he claimed, saying he has the "wrong solution" to them" gave
    // the words before "he claimed" no statement, and the participle went to the name
    // that opened the sentence, Mr Blair, whom the next paragraphs' quotes then
    // followed (blind set X). The attribution reports what comes before it, and the
    // participle is its speaker's.
    check(
        "Michael Howard spoke on Monday. Mr Blair has failed to tackle these problems, he claimed, saying he has the \"wrong solution\" to them.",
        &[
            "Indirect Michael Howard <- he: Mr Blair has failed to tackle these problems | ",
            "Mixed Michael Howard <- he: he has the \"wrong solution\" to them | ",
        ],
    );
}

#[test]
fn a_person_and_the_body_they_speak_for_before_the_verb_is_the_person() {
    // Before rules.93 "Colin Asplin, Blackpool Hotel Association said" was the
    // association's (blind set X): a full name opening the sentence, then the body in
    // apposition, is the person speaking for it, as with a job ("John Smith, chief
    // executive of Acme said").
    check(
        "Hotels\n\nColin Asplin, Blackpool Hotel Association said: \"We have tried very hard.\" Beryl Sprinkel, chairman of the White House Council of Economic Advisers, said exports were strengthening.",
        &[
            "Direct Colin Asplin <- Colin Asplin: We have tried very hard. | ",
            "Indirect Beryl Sprinkel <- Beryl Sprinkel: exports were strengthening | ",
        ],
    );
}

#[test]
fn the_description_is_the_one_whose_mention_held_it() {
    // Before rules.94 "the lawyer" after "said a Washington-based lawyer" was a second
    // person, "lawyer": the description's last use lay inside that speaker's mention.
    check(
        "Drugs\n\n\"The problems are enormous,\" said a Washington-based lawyer who specializes in the drug field. The lawyer said no more than two cases had gone to trial.",
        &[
            "Direct Washington-based lawyer <- a Washington-based lawyer: The problems are enormous | ",
            "Indirect Washington-based lawyer <- The lawyer: no more than two cases had gone to trial | ",
        ],
    );
}

#[test]
fn an_inverted_attribution_may_end_in_a_relative_clause_about_the_speaker() {
    // Before rules.95 "..., said a Washington-based lawyer who specializes in the drug
    // field." gave no statement: only a sentence that ended at the speaker, or went on
    // with an appositive after a comma, did. Not a noun that is no person's: "said the
    // number of people who have ..." is what was said.
    check(
        "Drugs\n\nThe problems are enormous, said a Washington-based lawyer who specializes in the drug field. The team said the number of people who have fallen ill is rising.",
        &[
            "Indirect Washington-based lawyer <- a Washington-based lawyer: The problems are enormous | ",
            "Indirect team <- The team: the number of people who have fallen ill is rising | ",
        ],
    );
}

#[test]
fn a_city_opening_an_organizations_name_is_part_of_it() {
    // Before rules.96 "the London Stock Exchange" was London and a "Stock Exchange",
    // so "the LSE" found no exchange it abbreviates, and "the Paris Club" spoke as
    // "Club" (blind set X). A city stays the government it stands for before a title
    // or a group ("London Mayor Ken Livingstone", "Washington officials").
    check(
        "Markets\n\nThe London Stock Exchange said trading would begin on Monday. The LSE said the listing was its largest. The Paris Club said the offer stands.",
        &[
            "Indirect London Stock Exchange <- London Stock Exchange: trading would begin on Monday | ",
            "Indirect London Stock Exchange <- LSE: the listing was its largest | ",
            "Indirect Paris Club <- Paris Club: the offer stands | ",
        ],
    );
}

#[test]
fn a_person_known_by_whom_they_work_for_speaks() {
    // Before rules.97 "Mike Tindall's agent has warned Bath ..." and "Michael Jackson's
    // lawyer said ..." gave no statement (blind set X): a possessive name and a
    // person's noun are a speaker, as "the singer's lawyer" was, and the lede's one is
    // the person who speaks first in the next paragraph.
    check(
        "Rugby\n\nMike Tindall's agent has warned Bath they have until next week to improve their offer.\n\nDipo Alli says he has received a better offer. \"Mike has been at Bath for eight years,\" the agent added.",
        &[
            "Indirect Dipo Alli <- Mike Tindall's agent: they have until next week to improve their offer | ",
            "Indirect Dipo Alli <- Dipo Alli: he has received a better offer | ",
            "Direct Dipo Alli <- the agent: Mike has been at Bath for eight years | ",
        ],
    );
}

#[test]
fn the_company_is_the_one_that_has_spoken_not_the_one_it_named() {
    // Before rules.98 "the company" was the organization named last, often the one
    // the speaker had just named: "Emery Air Freight Corp said it plans a tender offer
    // for Purolator Courier Corp. The company said ..." went to Purolator, and "the
    // group said" after "Cairn is in danger of being relegated from the FTSE 100" to
    // the FTSE (blind set Y). An organization that has spoken, named with the last
    // one, is meant; one that spoke long before is not. (In one paragraph the sentence
    // is read for its subject before the first statement is made, and "the company"
    // stays the one named last.)
    check(
        "Deals\n\nEmery Air Freight Corp said it plans a tender offer for Purolator Courier Corp.\n\nThe company said the offer is the first step.",
        &[
            "Indirect Emery Air Freight Corp <- Emery Air Freight Corp: it plans a tender offer for Purolator Courier Corp. | Purolator Courier Corp.",
            "Indirect Emery Air Freight Corp <- The company: the offer is the first step | ",
        ],
    );
}

#[test]
fn a_document_named_for_the_first_word_of_its_issuer_is_the_issuers() {
    // Before rules.99 "The Bank's minutes said" after "the Bank of England" spoke as
    // "Bank's minutes" (blind set Y): minutes are a document, and "Bank" the first word
    // of the organization met before, even when "the Bank's committee" had made "Bank"
    // an actor of its own.
    check(
        "Rates\n\nThe Bank of England kept rates on hold. One member of the Bank's committee voted for a rise. The Bank's minutes said risks were to the downside.",
        &["Indirect Bank of England <- The Bank's minutes: risks were to the downside | "],
    );
}

#[test]
fn what_a_person_was_is_an_epithet_of_the_person_the_text_is_about() {
    // Before rules.100 "The former teacher confirmed" after "Nicholas Betts-Green ...
    // quit" was a person called "former teacher" (blind set Y): a former job or rank
    // nobody named holds stands for the person "he" would stand for.
    check(
        "UKIP\n\nA candidate has resigned.\n\nNicholas Betts-Green, who had been selected to fight the seat, quit after reports in a newspaper. The former teacher confirmed he had attended the meeting.",
        &["Indirect Nicholas Betts-Green <- The former teacher: he had attended the meeting | "],
    );
}

#[test]
fn a_portfolio_and_a_title_after_the_describe_the_holder() {
    // Before rules.101 "The Indonesian Economics Minister explained" was a person
    // called "Economics Minister" (blind set X): like "the Salford MP", capitalised words
    // and a title after "the" (and a nationality) describe the person holding the
    // title named before. Not when the words are a body the text named: "The Opec
    // President" is no Opec.
    check(
        "Debt\n\nIndonesia no longer needs the debt freeze, Economics Minister Aburizal Bakrie has said. The Indonesian Economics Minister explained that the money was for Aceh.",
        &[
            "Indirect Aburizal Bakrie <- Economics Minister Aburizal Bakrie: Indonesia no longer needs the debt freeze | Indonesia",
            "Indirect Aburizal Bakrie <- Economics Minister: the money was for Aceh | ",
        ],
    );
}

#[test]
fn a_name_found_to_be_an_organization_is_no_antecedent_for_he() {
    // Before rules.102 "Deutsche Boerse", first taken for a person, stayed a candidate
    // for "he" after "Deutsche Boerse's (DB) shares" had shown it an organization, and
    // "said one London-based broker" gave its quotation to TCI (blind set X). A
    // broker, a trader, a dealer and a banker are persons' nouns.
    check(
        "Markets\n\nDeutsche Boerse wants the London Stock Exchange. TCI, which owns 5% of Deutsche Boerse's (DB) shares, has complained that the offer is too high.\n\n\"I don't think it will make much difference,\" said one London-based broker. He forecast the bid would succeed.",
        &[
            "Indirect TCI <- TCI: the offer is too high | ",
            "Direct London-based broker <- London-based broker: I don't think it will make much difference | ",
            "Indirect London-based broker <- He: the bid would succeed | ",
        ],
    );
}

#[test]
fn a_plurals_apostrophe_stays_inside_an_organizations_name() {
    // Before rules.103 "the British Bankers' Association (BBA) said" was spoken by
    // "Association", and "the BBA said" by a "BBA" of its own (blind set Z): the
    // possessive apostrophe of a plural ended the name its nationality opened.
    check(
        "Lending\n\nAt the same time, the British Bankers' Association (BBA) said lending was weaker. Overall, the BBA said mortgage lending rose.",
        &[
            "Indirect British Bankers' Association <- British Bankers' Association: lending was weaker | ",
            "Indirect British Bankers' Association <- BBA: mortgage lending rose | ",
        ],
    );
}

#[test]
fn a_spaced_straight_quote_closes_an_open_quotation() {
    // Before rules.104 a straight mark with a space on both sides (`... a year. " And`)
    // opened a quotation that ran to the paragraph's end, so Gordon Brown's statement
    // went to Liam Fox inside it (blind set Z). Inside an open quotation such a mark
    // closes it; an opening mark is glued to the word it opens. (Since rules.150 the
    // mention holds the title, "co-chairman".)
    check(
        "Tax\n\nConservative co-chairman Liam Fox said: \"The reality is, the Lib Dems lack courage. \" And Chancellor Gordon Brown said the Lib Dem figures did not add up.",
        &[
            "Direct Liam Fox <- Conservative co-chairman Liam Fox: The reality is, the Lib Dems lack courage. | Liberal Democrats",
            "Indirect Gordon Brown <- Chancellor Gordon Brown: the Lib Dem figures did not add up | ",
        ],
    );
}

#[test]
fn a_named_office_or_noun_is_an_epithet_of_the_person_the_text_is_about() {
    // Before rules.105 "The Tory leader said" after Michael Howard had spoken, "said the
    // Warriors chief" and "says the Waterford man" were speakers of their own (blind
    // sets L, W, X): a name and an office or a person's noun stand for the person "he"
    // would stand for.
    check(
        "Tax\n\nJane Porter has said the budget wastes money on consultants.\n\nThe Green leader said the savings promised by ministers were \"a fantasy\".",
        &[
            "Indirect Jane Porter <- Jane Porter: the budget wastes money on consultants | ",
            "Mixed Jane Porter <- The Green leader: the savings promised by ministers were \"a fantasy\" | ",
        ],
    );
    check(
        "Rugby\n\nScotland coach Matt Williams has praised his side.\n\n\"We were the better team,\" said the Murrayfield man.",
        &["Direct Matt Williams <- the Murrayfield man: We were the better team | "],
    );
    // Not a person known by a public office ("Education Secretary Ruth Kelly" is no
    // Tory leader), nor one a nationality rules out.
    check(
        "Schools\n\nEducation Secretary Ruth Kelly said the plan would raise standards.\n\n\"This is a gimmick,\" the Tory leader said.",
        &[
            "Indirect Ruth Kelly <- Education Secretary Ruth Kelly: the plan would raise standards | ",
            "Direct Tory leader <- the Tory leader: This is a gimmick | ",
        ],
    );
    check(
        "Talks\n\nSir Alan Dunn said the talks had gone well.\n\n\"He is a very able man,\" the Russian leader said.",
        &[
            "Indirect Alan Dunn <- Sir Alan Dunn: the talks had gone well | ",
            "Direct Russian leader <- the Russian leader: He is a very able man | ",
        ],
    );
}

#[test]
fn the_party_is_the_political_party_named_last_in_its_paragraph() {
    // Before rules.106 "The party says" was a speaker called "party" (18 times in the
    // BBC corpus): a party's name or an alias has the word "Party", and the one named
    // in the paragraph comes before one that spoke in an earlier paragraph.
    check(
        "Council tax\n\nThe Conservatives say bills will fall under their plans.\n\nThe Liberal Democrats want to scrap the tax. The party says a local income tax would be fairer.",
        &[
            "Indirect Conservative Party <- Conservatives: bills will fall under their plans | ",
            "Indirect Liberal Democrats <- The party: a local income tax would be fairer | ",
        ],
    );
}

#[test]
fn an_institution_noun_is_the_organization_its_name_is_headed_by() {
    // Before rules.107 "The alliance said" and "the department said" were speakers of
    // their own (over 500 times in Reuters, "the department said" after "the U.S.
    // Agriculture Department said"): the organization named last whose name the noun
    // heads is meant, not one whose name merely has the word.
    check(
        "Hunting\n\nThe Countryside Alliance has asked the League Against Cruel Sports to meet. Hunts said they would go out on Saturday.\n\nThe alliance said the law was unclear.",
        &[
            "Indirect Hunts <- Hunts: they would go out on Saturday | ",
            "Indirect Countryside Alliance <- The alliance: the law was unclear | ",
        ],
    );
    check(
        "Mines\n\nWorkers at General Mining Union Corp walked out on Monday.\n\nThe union said its members wanted more pay.",
        &["Indirect union <- The union: its members wanted more pay | "],
    );
}

#[test]
fn an_agency_or_exchange_no_name_calls_so_is_the_organization_that_spoke() {
    // Before rules.108 "The agency said" after Moody's had spoken, and "the exchange
    // explained" after the American Stock Exchange had, were speakers of their own
    // (over 200 times in Reuters).
    check(
        "Ratings\n\nMoody's Investors Service Inc said it may upgrade Tandy Corp's debt.\n\nThe agency said the review would focus on cash flow.",
        &[
            "Indirect Moody's Investors Service Inc <- Moody's Investors Service Inc: it may upgrade Tandy Corp's debt | Tandy Corp",
            "Indirect Moody's Investors Service Inc <- The agency: the review would focus on cash flow | ",
        ],
    );
}

#[test]
fn a_surname_that_is_also_a_month_or_a_word_names_a_person() {
    // Before rules.109 "Theresa May" was no name (May is a month) and "Read said" no
    // attribution ("Read" opens "Read more" lines), so their statements went to
    // somebody else or to nobody (blind set AA).
    check(
        "Courts\n\nShadow minister Theresa May spoke on Monday. \"It is a good plan,\" May said.\n\nMrs May added that she was pleased.",
        &[
            "Direct Theresa May <- May: It is a good plan | ",
            "Indirect Theresa May <- Mrs May: she was pleased | ",
        ],
    );
    check(
        "Song\n\nThe song was written by Mike Read.\n\nRead said all the funds would go to charity.",
        &["Indirect Mike Read <- Read: all the funds would go to charity | "],
    );
}

#[test]
fn a_trade_before_a_full_name_is_no_part_of_it() {
    // Before rules.110 "Guitarist Brian May" and "radio DJ Mike Read" were the names
    // (blind set AA): a musician's, artist's or journalist's trade describes the name's
    // bearer, as "Singer George Michael" did.
    check(
        "Music\n\nGuitarist Brian May said the tour would go ahead. The song was written by radio DJ Mike Read, who said it was sad.",
        &[
            "Indirect Brian May <- Guitarist Brian May: the tour would go ahead | ",
            "Indirect Mike Read <- DJ Mike Read: it was sad | ",
        ],
    );
}

#[test]
fn a_paragraph_of_quotation_after_reported_speech_goes_on_with_it() {
    // Before rules.111 only a paragraph that ended on a direct quote handed an
    // unattributed paragraph of quotation on (blind set AA: "Mr Gates said that ... /
    // "We predicted ..." was missed).
    check(
        "Show\n\nMr Gates said that a lot of work had been done in the last year.\n\n\"We predicted at the beginning of the decade that it would be taken for granted.\"",
        &[
            "Indirect Gates <- Mr Gates: a lot of work had been done in the last year | ",
            "Direct Gates <- Mr Gates: We predicted at the beginning of the decade that it would be taken for granted. | ",
        ],
    );
}

#[test]
fn a_description_opening_the_sentence_lends_itself_to_a_coordinated_verb() {
    // Before rules.112 "The charity welcomed the news and said ..." gave no statement
    // (blind set AA): "the charity" was no reference, since no reporting verb followed
    // it, so "said" found no subject to borrow.
    check(
        "Appeal\n\nThe Disasters Emergency Committee runs the appeal. The charity welcomed the news and said money raised would help its agencies.",
        &["Indirect Disasters Emergency Committee <- The charity: money raised would help its agencies | "],
    );
}

#[test]
fn a_quotation_that_ended_its_sentence_is_not_the_words_of_a_verb_coordinated_with_its_own() {
    // Before rules.113 "“... studying here.” Mr Wallace agreed and said the figures ..."
    // gave the quotation to Mr Wallace (blind set AA): a reporting verb coordinated after
    // "agreed" has content of its own, so the quotation goes on with its paragraph's
    // speaker.
    check(
        "Fees\n\nDavid Caldwell spoke to the BBC. He said: \"The reason is quality.\n\n\"It does not mean that we will see more students.\" Mr Wallace agreed and said the figures had to be looked at.",
        &[
            "Direct David Caldwell <- He: The reason is quality. | ",
            "Direct David Caldwell <- He: It does not mean that we will see more students. | ",
            "Indirect Wallace <- Mr Wallace: the figures had to be looked at | ",
        ],
    );
}

#[test]
fn forecasts_and_estimates_are_reported_speech() {
    // Before rules.114 "the UNECE forecasts" and "experts estimate" reported nothing
    // (blind set AA); "estimate" needs a plural subject ("the previous estimate" is a
    // noun) and "forecasts" is a noun after a preposition or before a verb ("Market
    // forecasts are for a deficit").
    check(
        "Outlook\n\nThe global economy will slow in 2005, the UNECE forecasts. But experts estimate it will take a decade. Market forecasts are for a deficit, and the previous estimate was higher.",
        &[
            "Indirect UNECE <- UNECE: The global economy will slow in 2005 | ",
            "Indirect experts <- experts: it will take a decade | ",
        ],
    );
}

#[test]
fn states_is_a_noun_unless_a_clause_or_a_quotation_goes_with_it() {
    // Before rules.115 "The eight central European states which joined the EU ... will
    // see growth" made "European" a speaker (blind set AA), and "Rust Belt states" or
    // "a number of red states" others in PolNeAR: "states" reports only before "that",
    // a colon or a quotation, after a pronoun, or after a quotation.
    check(
        "Growth\n\nThe central states which joined the EU will see growth. The report states that growth will slow. \"Leave is available after a year,\" the document states.",
        &[
            "Indirect report <- The report: growth will slow | ",
            "Direct document <- the document: Leave is available after a year | ",
        ],
    );
}

#[test]
fn a_known_body_before_a_name_after_the_comma_is_its_parent() {
    // Before rules.116 "..., the U.S. Agriculture Department said." and "..., the
    // United Nations Economic Commission for Europe (UNECE) said." gave no statement
    // (blind set AA; some 120 times in Reuters): the country or body before the name
    // was taken for the end of what was said. (Since rules.122 the department is a
    // gazetteer body, its mention the whole form the gazetteer knows.)
    check(
        "Wheat\n\nEgypt has been authorized to buy 200,000 tonnes of U.S. wheat, the U.S. Agriculture Department said.",
        &["Indirect Agriculture Department <- U.S. Agriculture Department: Egypt has been authorized to buy 200,000 tonnes of U.S. wheat | Egypt, United States"],
    );
}

#[test]
fn a_country_before_a_description_and_a_name_after_according_to_modifies_the_name() {
    // Before rules.117 "according to former British team member Chris Bailey" and "a
    // report by UK think-tank Demos" were the United Kingdom's (blind set AB).
    check(
        "Tennis\n\nWorse could follow, according to former British team member Chris Bailey.",
        &["Indirect Chris Bailey <- Chris Bailey: Worse could follow | "],
    );
}

#[test]
fn claims_before_a_preposition_or_after_a_verb_is_the_noun() {
    // Before rules.118 "The prime minister shrugged off claims from ... that ..." made
    // a speaker "prime minister shrugged off" (blind set AB).
    check(
        "Row\n\nTony Blair spoke on Monday. \"We have drawn a line,\" he said. The prime minister shrugged off claims from Michael Howard that the row was damaging.",
        &["Direct Tony Blair <- he: We have drawn a line | "],
    );
}

#[test]
fn two_bodies_speaking_together_speak_as_the_first() {
    // Before rules.119 "Labour and the Liberal Democrats say ..." was the Liberal
    // Democrats' (blind sets Z and AB annotate the first of two bodies).
    check(
        "Tax\n\nLabour and the Liberal Democrats say the party's sums do not add up.",
        &["Indirect Labour Party <- Labour: the party's sums do not add up | "],
    );
}

#[test]
fn a_noun_for_a_person_opening_a_sentence_describes_a_name_the_census_lacks() {
    // Before rules.120 "Boss Graeme Souness" and "Teenager Sania Mirza" were the names
    // of their speakers: a descriptor was split off only before a given name the
    // census knows ("Actor Bruce Willis").
    check(
        "Football\n\nBoss Graeme Souness said the team was tired. Teenager Sania Mirza said she was happy.",
        &[
            "Indirect Graeme Souness <- Boss Graeme Souness: the team was tired | ",
            "Indirect Sania Mirza <- Teenager Sania Mirza: she was happy | ",
        ],
    );
}

#[test]
fn a_name_written_before_a_medium_noun_is_that_medium_and_no_he() {
    // Before rules.121 "PC Pro" in "According to PC Pro" was a person, and "he" after
    // it was PC Pro, though the text had called it "PC Pro magazine" (blind set D).
    let text = "Printers\n\nA survey by PC Pro magazine looked at 100 printers. \"It is worth printing at home,\" said Nick Ross, a tester. According to PC Pro, a print costs £1.87. At shops the same print costs £2.\n\n\"Considering how far the shops are, it is cheap,\" he said.";
    check(
        text,
        &[
            "Direct Nick Ross <- Nick Ross: It is worth printing at home | ",
            "Indirect PC Pro <- PC Pro: a print costs £1.87 | ",
            "Direct Nick Ross <- he: Considering how far the shops are, it is cheap | ",
        ],
    );
    let x = extract(text, None);
    let pc_pro = x
        .actors
        .iter()
        .find(|a| a.name == "PC Pro")
        .expect("PC Pro");
    assert_eq!(pc_pro.kind, whosaid_model::ActorKind::Media);
}

#[test]
fn a_company_named_without_its_legal_form_is_the_same_company() {
    // Before rules.121 "Coastal" (written before "chairman", so a company) and "GM"
    // were other actors than "Coastal Corp" and "General Motors Corp" named before.
    check(
        "Coastal Corp said it expected earnings to rise sharply this year. In a letter, Coastal chairman Oscar Wyatt did not say by how much. Coastal also said it sold its gas for 2.17 dlrs. General Motors Corp said it would cut 2,000 jobs. GM said its sales fell 10 pct in March.",
        &[
            "Indirect Coastal Corp <- Coastal Corp: it expected earnings to rise sharply this year | ",
            "Indirect Coastal Corp <- Coastal: it sold its gas for 2.17 dlrs | ",
            "Indirect General Motors Corp <- General Motors Corp: it would cut 2,000 jobs | ",
            "Indirect General Motors Corp <- GM: its sales fell 10 pct in March | ",
        ],
    );
}

#[test]
fn a_government_no_country_owns_is_the_home_country_of_its_departments() {
    // Before rules.122 "The government has announced ..." in a story naming only the
    // Department of Trade and Industry and the Home Office was no country's: the
    // gazetteer knew no UK department (blind sets Q, V, Y).
    check(
        "Pensions\n\nThe government has announced that firms will be barred from imposing retirement ages. The Department of Trade and Industry and the Home Office drew up the plan.",
        &["Indirect United Kingdom <- The government: firms will be barred from imposing retirement ages | "],
    );
}

#[test]
fn a_title_after_a_known_body_is_no_part_of_the_name() {
    // Before rules.122 "Administrator", "Vice-President" and "Undersecretary" were no
    // titles, and a portfolio before a name stayed in it: "EPA Administrator Lee Thomas"
    // and "Undersecretary of Agriculture Daniel Amstutz" were the names (Reuters).
    check(
        "Rules\n\nEPA Administrator Lee Thomas said the rule would stand. Soybeans have a price problem, U.S. Undersecretary of Agriculture Daniel Amstutz said.",
        &[
            "Indirect Lee Thomas <- EPA Administrator Lee Thomas: the rule would stand | ",
            "Indirect Daniel Amstutz <- U.S. Undersecretary of Agriculture Daniel Amstutz: Soybeans have a price problem | ",
        ],
    );
}

#[test]
fn an_acronym_the_document_spelled_out_is_its_own_body() {
    // Since rules.122 the gazetteer knows "EPA" for the U.S. Environmental Protection
    // Agency; after Japan's "Economic Planning Agency" it is still that agency.
    check(
        "Japan\n\nThe government's Economic Planning Agency issued its monthly report. EPA officials told reporters the trend of the economy is firm.",
        &["Indirect Economic Planning Agency officials <- EPA officials: the trend of the economy is firm | "],
    );
}

#[test]
fn a_lone_capital_opens_a_name_and_a_work_title_is_no_person() {
    // Before rules.123 "G Money" was "Money", too short a name to be an antecedent, and
    // "the DJ" was "Hey Ya", the title of a single (blind set I).
    check(
        "Music\n\nThe album topped the charts at the same time as single Hey Ya! G Money, a presenter on the station, thinks a break is due. \"They might act,\" says the DJ.",
        &["Direct G Money <- DJ: They might act | "],
    );
}

#[test]
fn a_plural_possessive_employer_and_a_relative_clause_with_commas_are_no_speakers() {
    // Before rules.124 "said Sky Networks' Sophie Turner Laing" was Sky Networks', and
    // in "The Oscar-nominated actor, whose films include Schindler's List, Michael
    // Collins and Star Wars, said:" the quotation was "Schindler's List"'s (blind set
    // AC).
    check(
        "Film\n\nSky will show the Oscars. \"We are honoured to have won the rights,\" said Sky Networks' Sophie Turner Laing.",
        &["Direct Sophie Turner Laing <- Sky Networks' Sophie Turner Laing: We are honoured to have won the rights | "],
    );
    check(
        "Theatre\n\nLiam Neeson held a dinner. Mr Neeson said that the idea was to raise money.\n\nThe Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars: The Phantom Menace, said: \"The Lyric is too important to fall apart.\"",
        &[
            "Indirect Liam Neeson <- Mr Neeson: the idea was to raise money | ",
            "Direct Liam Neeson <- The Oscar-nominated actor: The Lyric is too important to fall apart. | ",
        ],
    );
}

#[test]
fn a_poll_in_the_lede_is_the_pollster_that_carried_it_out() {
    // Before rules.125 "a poll suggests" stayed a poll: the text named Mori as the
    // survey's issuer only in the active voice ("Mori carried out both surveys") and
    // once as "the Mori survey", against "the Countryfile survey" it was made for (blind
    // set AC).
    check(
        "Hunting\n\nSupport for a ban on hunting has fallen in the past six years, a poll suggests.\n\nLess than half the UK wants a ban, according to the Mori survey for the Countryfile programme. Polling company Mori carried out both surveys. In the Countryfile survey, 47% backed a ban.",
        &[
            "Indirect Mori <- a poll: Support for a ban on hunting has fallen in the past six years | ",
            "Indirect Mori <- Mori: Less than half the UK wants a ban | United Kingdom",
        ],
    );
}

#[test]
fn a_pollster_before_its_poll_a_post_at_a_body_and_a_company_s_report_speak() {
    // Before rules.126 "A YouGov poll in the Daily Telegraph suggested" was the
    // Telegraph's, "The former chief financial officer at US telecoms firm WorldCom has
    // admitted" WorldCom's, "the youngster" no one (blind set AD), and "according to the
    // company's annual report" the report's (Reuters).
    check(
        "Poll\n\nA YouGov poll in the Daily Telegraph suggested 75% of respondents backed the plan.",
        &["Indirect YouGov <- YouGov: 75% of respondents backed the plan | "],
    );
    check(
        "Trial\n\nThe former chief financial officer at US telecoms firm WorldCom has admitted before a New York court that he used to lie to fellow board members.\n\nSpeaking at the trial of his former boss Bernard Ebbers, Scott Sullivan said he lied to the board.",
        &[
            "Indirect Scott Sullivan <- chief financial officer: he used to lie to fellow board members | ",
            "Indirect Scott Sullivan <- Scott Sullivan: he lied to the board | ",
        ],
    );
    check(
        "Rugby\n\nMeanwhile, Perpignan centre Jean-Philippe Granclaude is delighted to have received his first call-up. \"It's incredible,\" the youngster said.",
        &["Direct Jean-Philippe Granclaude <- the youngster: It's incredible | "],
    );
    check(
        "Oil\n\nAmoco Corp said its reserves fell last year. According to the company's annual report, production of gas offset the decline.",
        &[
            "Indirect Amoco Corp <- Amoco Corp: its reserves fell last year | ",
            "Indirect Amoco Corp <- company's annual report: production of gas offset the decline | ",
        ],
    );
}

#[test]
fn an_adverb_of_frequency_or_time_between_speaker_and_verb() {
    // Before rules.127 "has always insisted", "has long argued" and "initially said"
    // reported nothing, and "An angry Beattie initially said" named "angry Beattie
    // initially" (blind set AD; corpus).
    check(
        "Trial\n\nMr Ebbers, 63, has always insisted that he was unaware of any hidden shortfalls.",
        &["Indirect Ebbers <- Mr Ebbers: he was unaware of any hidden shortfalls | "],
    );
    check(
        "Oil\n\nYukos has long argued that the auction was state-sponsored theft.",
        &["Indirect Yukos <- Yukos: the auction was state-sponsored theft | "],
    );
}

#[test]
fn a_long_relative_clause_between_subject_and_verb_is_skipped() {
    // Before rules.128 a relative clause of more than some fifteen words with no comma
    // of its own ("Barbara Follett, whose first husband was killed while under house
    // arrest in South Africa during the apartheid era, confirmed") hid its subject, and
    // the statement was lost (blind set AD).
    check(
        "Politics\n\nBarbara Follett, whose first husband was killed while under house arrest in South Africa during the apartheid era, confirmed she would vote against the government.",
        &["Indirect Barbara Follett <- Barbara Follett: she would vote against the government | "],
    );
}

#[test]
fn continuing_to_insist_reports() {
    // Before rules.129 "continues to insist that" and "is continuing to insist that"
    // reported nothing: "insist" after a singular subject was taken for the noun-like
    // plural form, and the words between hid the subject (blind set AD).
    check(
        "News\n\nThe Home Office continues to insist that control orders must be issued by the home secretary. Mr Blair went on to say that the orders were needed.",
        &[
            "Indirect Home Office <- Home Office: control orders must be issued by the home secretary | ",
            "Indirect Blair <- Mr Blair: the orders were needed | ",
        ],
    );
}

#[test]
fn the_capitalised_institution_noun_is_the_body_it_heads() {
    // Before rules.130 "the Bank said" and "The Commission said" made organizations
    // named "Bank" and "Commission"; written lowercase they were already the body named
    // before whose name the noun heads (rules.107). Some 180 statements in Reuters.
    check(
        "Rates\n\nThe Bank of England kept rates on hold. Inflation was low, the Bank said. The European Commission fined Microsoft. The Commission said the fine was fair.",
        &[
            "Indirect Bank of England <- Bank: Inflation was low | ",
            "Indirect European Commission <- Commission: the fine was fair | ",
        ],
    );
}

#[test]
fn and_co_is_part_of_a_company_name() {
    // Before rules.131 "Deere and Co said" was spoken by "Co": "and" split the name,
    // as it does two people's ("Jeb Bush and Hillary Clinton"), since "Co" without a
    // period was no organization word (some 160 statements in Reuters).
    check(
        "Tractors\n\nDeere and Co said it agreed with General Motors Corp to end the venture.",
        &["Indirect Deere and Co <- Deere and Co: it agreed with General Motors Corp to end the venture | General Motors Corp"],
    );
}

#[test]
fn brokers_and_others_are_groups() {
    // Before rules.132 "Brokers said" at a sentence's start made an organization named
    // "Brokers", and "brokers said" nothing (some 140 statements in Reuters).
    check(
        "Stocks\n\nBrokers said the market was weak. Tokyo stocks should rise, brokers said.",
        &[
            "Indirect brokers <- Brokers: the market was weak | ",
            "Indirect brokers <- brokers: Tokyo stocks should rise | Japan",
        ],
    );
}

#[test]
fn the_government_is_that_of_the_country_whose_bodies_are_named() {
    // Before rules.133 "The government" stayed an organization named "government" in
    // an article that named no country but Iraq: the only government body it named, as
    // a spokeswoman's, the Department for Constitutional Affairs, is the UK's.
    check(
        "Judges\n\nA Department for Constitutional Affairs spokeswoman said the judges agreed. Lord Woolf spoke of the inquiry into the war in Iraq. The government says the lord chancellor would be unlikely to act.",
        &[
            "Indirect Department for Constitutional Affairs spokeswoman <- Department for Constitutional Affairs spokeswoman: the judges agreed | ",
            "Indirect United Kingdom <- The government: the lord chancellor would be unlikely to act | ",
        ],
    );
}

#[test]
fn a_congress_named_after_a_name_is_not_the_us_congress() {
    // Before rules.133 "Congress" ended every name it followed and was the U.S.
    // Congress: "World Petroleum Congress" was "World Petroleum" and the U.S. Congress,
    // the "Zimbabwe Congress of Trade Unions" the U.S. Congress.
    check(
        "Oil\n\nThe World Petroleum Congress said demand would grow. The Zimbabwe Congress of Trade Unions said the freeze would hurt workers.",
        &[
            "Indirect World Petroleum Congress <- World Petroleum Congress: demand would grow | ",
            "Indirect Congress of Trade Unions <- Congress of Trade Unions: the freeze would hurt workers | ",
        ],
    );
}

#[test]
fn a_role_in_a_body_spelled_out_before_keeps_its_acronym() {
    // Before rules.133 "an EPA spokesman" spoke for the U.S. Environmental Protection
    // Agency though the article had spelled out Japan's Economic Planning Agency (EPA):
    // the acronym was checked for mentions, not for a role's body.
    let x = extract(
        "Japan\n\nNakasone told the Economic Planning Agency (EPA) to act. The plan will come early, an EPA spokesman said.",
        None,
    );
    let spokesman = x.actors.iter().find(|a| a.name == "EPA spokesman").unwrap();
    let of: Vec<&str> = spokesman
        .roles
        .iter()
        .filter_map(|r| r.of.as_ref().map(|o| o.name.as_str()))
        .collect();
    assert_eq!(of, ["Economic Planning Agency"]);
    assert!(!x
        .actors
        .iter()
        .any(|a| a.name == "Environmental Protection Agency"));
}

#[test]
fn the_paper_and_the_club_are_the_ones_introduced_with_that_noun() {
    // Before rules.134 "The paper added" stayed an organization named "paper" when the
    // newspaper was named before its noun ("Vedomosti newspaper") or after it ("Spanish
    // daily ABC"), and "The club said" one named "club" after "football club Borussia
    // Dortmund".
    check(
        "Tax\n\nVedomosti newspaper reported that the authorities made the demand. The paper added that most of the taxes were linked to exports.\n\nSpanish daily ABC accuses English reporters of a witch-hunt. \"Perhaps it was because their team had played so poorly,\" the paper says.\n\nShares in German football club Borussia Dortmund slipped. The club said it needed loans. Borussia Dortmund will get help.",
        &[
            "Indirect Vedomosti <- Vedomosti: the authorities made the demand | ",
            "Indirect Vedomosti <- The paper: most of the taxes were linked to exports | ",
            "Direct ABC <- the paper: Perhaps it was because their team had played so poorly | ",
            "Indirect Borussia Dortmund <- The club: it needed loans | ",
        ],
    );
}

#[test]
fn a_surname_that_is_a_title_names_the_person() {
    // Before rules.135 "Ms King said" and "says King" were spoken by a "king", a
    // speaker known only by the title, though the text had named Kristin King.
    check(
        "Court\n\nMs Love found musician Kristin King in the house. Ms King said the singer threw a bottle. \"It hurt,\" says King.",
        &[
            "Indirect Kristin King <- King: the singer threw a bottle | ",
            "Direct Kristin King <- King: It hurt | ",
        ],
    );
}

#[test]
fn a_ministers_title_after_the_is_the_person_named_just_before() {
    // Before rules.136 "The culture secretary said" after "Ms Jowell complained" was
    // Education Secretary Ruth Kelly's (she held a "Secretary" title), "The minister
    // also confirmed" after "Ms Kelly told the BBC" a "minister" nobody named, and "The
    // home secretary said" after "unveiled by David Blunkett" a "home secretary".
    check(
        "Schools\n\nPupils could be sent home, Education Secretary Ruth Kelly has suggested.\n\nMs Kelly told the BBC progress had been made. The minister also confirmed she received support.\n\nMs Jowell complained of misrepresentation. The culture secretary said a consultation had produced a consensus.\n\nThe plans were unveiled by David Blunkett. The home secretary said targets would be put in place.",
        &[
            "Indirect Ruth Kelly <- Education Secretary Ruth Kelly: Pupils could be sent home | ",
            "Indirect Ruth Kelly <- Ms Kelly: progress had been made | ",
            "Indirect Ruth Kelly <- minister: she received support | ",
            "Indirect Jowell <- secretary: a consultation had produced a consensus | ",
            "Indirect David Blunkett <- home secretary: targets would be put in place | ",
        ],
    );
}

#[test]
fn a_possessive_in_an_appositive_still_makes_the_name_a_company() {
    // Before rules.137 "Barclays, the UK's third-biggest bank," left Barclays a person:
    // the capitalised possessive hid the noun, so "It added" could not be Barclays and
    // went to a bank named before (blind set AE).
    check(
        "Banks\n\nHSBC will report profits of 9bn later this month.\n\nBarclays, the UK's third-biggest bank, said growth this year may be slower. It added its bid for Absa was being considered by regulators.",
        &[
            "Indirect Barclays <- Barclays: growth this year may be slower | ",
            "Indirect Barclays <- It: its bid for Absa was being considered by regulators | ",
        ],
    );
}

#[test]
fn a_statement_read_is_its_issuers() {
    // Before rules.137 "A statement from Chelsea explaining the decision read: "..."" had
    // no reporting verb, and the quotation went to the player named before (blind set
    // AE).
    check(
        "Football\n\nChelsea have sacked Adrian Mutu. A statement from Chelsea explaining the decision read: \"We want to make clear that Chelsea has a zero tolerance policy towards drugs.\"",
        &["Direct Chelsea <- Chelsea: We want to make clear that Chelsea has a zero tolerance policy towards drugs. | "],
    );
}

#[test]
fn an_age_before_any_noun_is_the_person_the_story_is_about() {
    // Before rules.137 "The 41-year-old chart-topper told reporters" was a speaker known
    // only so: an age stood for a person only as the noun itself ("the 41-year-old")
    // or before a known noun for one ("the 47-year-old director") (blind set AE).
    check(
        "Music\n\nSinger George Michael has said that a new film is the start of his retirement.\n\nThe 41-year-old chart-topper told reporters that he wanted to change his career.",
        &[
            "Indirect George Michael <- Singer George Michael: a new film is the start of his retirement | ",
            "Indirect George Michael <- The 41-year-old chart-topper: he wanted to change his career | ",
        ],
    );
}

#[test]
fn to_deny_someone_something_reports_nothing() {
    // Before rules.138 "A hamstring injury denied Luscombe the opportunity" was the
    // injury's statement, and the quotation after "Said Wales assistant coach Scott
    // Johnson:" went on with it.
    check(
        "Rugby\n\nA hamstring injury denied Luscombe the opportunity to make a third start. Said Wales assistant coach Scott Johnson: \"They've worked through the weekend. \"So we're getting a couple back.\"",
        &[
            "Direct Scott Johnson <- Scott Johnson: They've worked through the weekend. | ",
            "Direct Scott Johnson <- Scott Johnson: So we're getting a couple back. | ",
        ],
    );
}

#[test]
fn a_club_and_post_before_a_name_and_colon_is_the_persons() {
    // Before rules.138 "- Manchester United coach Sir Alex Ferguson: "..."" was the
    // club's ("coach" is no title of the lexicon, so the name did not take the club as
    // its role's), and the quotation opening the next sentence was nobody's.
    check(
        "Football\n\n- Manchester United coach Sir Alex Ferguson: \"It was a fantastic performance by us. \"The boy is a fantastic player.\"",
        &[
            "Direct Alex Ferguson <- Sir Alex Ferguson: It was a fantastic performance by us. | ",
            "Direct Alex Ferguson <- Sir Alex Ferguson: The boy is a fantastic player. | ",
        ],
    );
}

#[test]
fn a_company_noun_right_before_a_name_describes_it() {
    // Before rules.139 a company's noun described the name after it only after an
    // article ("the media group Reuters"), so "media group Reuters" left "the group"
    // to a company named earlier; not "its holding company ...", another's.
    check(
        "Media\n\nIrish publishing group Independent Media is buying a stake in Indian newspaper company Jagran. News of the deal came as the group said that its results would meet forecasts.",
        &["Indirect Independent Media <- the group: its results would meet forecasts | "],
    );
}

#[test]
fn a_quotation_that_names_the_pronouns_person_is_someone_elses() {
    // Before rules.140 ""I wasn't advised by Scott Sullivan ...," he told the court"
    // went to Mr Sullivan, the last to speak, though the quotation names him; now to
    // the person "he" may stand for otherwise (blind set AF).
    check(
        "Court\n\nMr Sullivan told jurors he met Mr Ebbers often. On Tuesday Mr Ebbers denied the allegations. \"I wasn't advised by Scott Sullivan of anything ever being wrong,\" he told the court.",
        &[
            "Indirect Scott Sullivan <- Mr Sullivan: he met Mr Ebbers often | ",
            "Direct Ebbers <- he: I wasn't advised by Scott Sullivan of anything ever being wrong | Scott Sullivan",
        ],
    );
}

#[test]
fn one_of_a_class_set_off_before_the_verb_is_an_appositive() {
    // Before rules.141 "Acme Foods, one of the biggest grocers ..., warned that" had no
    // speaker: only an article, a relative pronoun or a name opened the appositive
    // (blind set AG).
    check(
        "Retail\n\nLate last year, Acme Foods, one of the biggest grocers in the region, warned that profits would fall.",
        &["Indirect Acme Foods <- Acme Foods: profits would fall | "],
    );
}

#[test]
fn proponents_are_a_group_that_speaks() {
    // Before rules.141 "Other proponents of the bill said" was nobody's.
    check(
        "Law\n\nOther proponents of the bill said it was a fair compromise.",
        &["Indirect proponents <- proponents: it was a fair compromise | "],
    );
}

#[test]
fn a_company_that_opens_a_sentence_speaks_through_its_participle() {
    // Before rules.141 "Bookmaker Ladbrokes" was one name, so "the firm" found no company,
    // and "The firm closed its book, saying ..." had no subject for "saying"; a quoted
    // phrase opening the reported clause ("saying "unusual activity" could have") was
    // taken for the whole quotation (blind set AG).
    check(
        "Betting\n\nBookmaker Ladbrokes has suspended betting on the contest.\n\nThe firm closed its book on Monday, saying \"unusual activity\" could have skewed the odds.",
        &["Mixed Ladbrokes <- The firm: \"unusual activity\" could have skewed the odds | "],
    );
}

#[test]
fn made_it_clear_and_pointed_out_report_a_clause() {
    // Before rules.141 neither phrase reported anything (blind sets AF and AG).
    check(
        "Rugby\n\nCoach Sam Wells has made it clear he will pick players on form. Finance director Ann Lee pointed out that costs had risen. The rain made it clear and cold.",
        &[
            "Indirect Sam Wells <- Coach Sam Wells: he will pick players on form | ",
            "Indirect Ann Lee <- Finance director Ann Lee: costs had risen | ",
        ],
    );
}

#[test]
fn a_quoted_phrase_inside_a_clause_names_no_speaker_after_it() {
    // Before rules.141 the words after a quoted phrase named its speaker: "the
    // financial "black hole" the Tories believe" was the Tories', ""phone cast" by the
    // operator" the operator's. An agent after a judging verb still is: "branded a
    // "costly gimmick" by MPs" (blind set AG).
    check(
        "Politics\n\nThat is the size of the financial \"black hole\" the Tories believe Mr Brown must fill. The gig is due to be \"phone cast\" by the operator Vodafone. The scheme was branded a \"costly gimmick\" by MPs.",
        &["Mixed MPs <- MPs: costly gimmick | "],
    );
}

#[test]
fn an_ampersand_joins_one_firms_name() {
    // Before rules.142 "Marsh & McLennan" was two names, "Marsh" and "McLennan", and
    // "the insurer" found neither as a company; "Ernst & Young said" was Young's (blind
    // set AH).
    check(
        "Insurance\n\nUp to 2,500 jobs are to go at US insurance broker Marsh & McLennan after losses.\n\nThe insurer said the cuts were part of a cost-cutting drive. Earlier, accountancy firm Ernst & Young said that the forecasts were too optimistic.",
        &[
            "Indirect Marsh & McLennan <- The insurer: the cuts were part of a cost-cutting drive | ",
            "Indirect Ernst & Young <- Ernst & Young: the forecasts were too optimistic | ",
        ],
    );
}

#[test]
fn ruling_the_roost_reports_nothing() {
    // Before rules.142 "ruled" reported the clause after "the roost" (blind set AH).
    check(
        "Rugby\n\nThe same year that England ruled the roost, a woeful Wales lost all five matches in the Six Nations.",
        &[],
    );
}

#[test]
fn it_after_a_sentence_an_organization_opened_is_that_organization() {
    // Before rules.143 "It said" went to the last organization to speak, Ernst & Young,
    // though the sentence right before was the NIESR report's, after an opening "Other
    // than ..." phrase (blind set AH).
    check(
        "Economy\n\nThe NIESR said taxes must rise. Earlier, accountancy firm Ernst & Young said that the forecasts were too optimistic. Other than its warning on tax, the NIESR report was optimistic about the economy.\n\nIt said the recent surge in oil prices would have a limited effect.",
        &[
            "Indirect NIESR <- NIESR: taxes must rise | ",
            "Indirect Ernst & Young <- Ernst & Young: the forecasts were too optimistic | ",
            "Indirect NIESR <- It: the recent surge in oil prices would have a limited effect | ",
        ],
    );
}

#[test]
fn an_acronym_may_leave_out_the_region_before_a_bodys_name() {
    // Before rules.144 "CAS" did not spell "North American Court of Arbitration for
    // Sport", so "a CAS statement" spoke for a body named "CAS" (blind set AH).
    check(
        "Athletics\n\nSprinter Jane Roe was banned after a hearing at the North American Court of Arbitration for Sport (CAS). \"Roe used these substances to enhance her performance,\" said a CAS statement.",
        &["Direct North American Court of Arbitration for Sport <- a CAS statement: Roe used these substances to enhance her performance | Jane Roe"],
    );
}

#[test]
fn expressed_concern_and_agree_that_report_a_clause() {
    // Before rules.145 "expressed concern that" and "analysts agree that" reported
    // nothing (blind set AH); to agree with someone or on something still reports
    // nothing.
    check(
        "Audit\n\nThe National Audit Office said the figures were falling. It also expressed concern that the auditors had qualified the accounts again. But analysts agree that the success is down to the online store. Most voters agree with the plan.",
        &[
            "Indirect National Audit Office <- National Audit Office: the figures were falling | ",
            "Indirect National Audit Office <- It: the auditors had qualified the accounts again | ",
            "Indirect analysts <- analysts: the success is down to the online store | ",
        ],
    );
}

#[test]
fn the_object_of_a_relative_clause_left_open_is_not_the_speaker() {
    // Before rules.146 "Ms Robinson, who presents The Weakest Link tells Cockerell that"
    // was the show's (the relative clause's closing comma is missing), and "he" inside
    // a relative clause ("Steve Morgan, who got frustrated by what he claimed was ...")
    // went to the last speaker (blind set AI); a name after "than" stays the speaker.
    check(
        "TV\n\nMs Robinson, who presents The Weakest Link tells Cockerell that she despaired at his image. Chairman Rick Parry spoke first. That prompted the withdrawal of tycoon Steve Morgan, who got frustrated by what he claimed was indecision by the board. Mr Obama, who has gotten less credit than aides say he deserves for the progress.",
        &[
            "Indirect Robinson <- Ms Robinson: she despaired at his image | ",
            "Indirect Steve Morgan <- Steve Morgan: was indecision by the board | ",
            "Indirect aides <- aides: he deserves for the progress | ",
        ],
    );
}

#[test]
fn a_noun_phrase_object_is_no_statement() {
    // Before rules.147 the object of "posted", "announced", "admitted" and the like was
    // taken for reported speech ("posted a $676m loss", "admitted one felony count");
    // a clause after them still is one (blind set AI).
    check(
        "Business\n\nMarsh posted a $676m loss for the last three months of 2004. Joshua Bewlay admitted one felony count of scheming to defraud. Nissan announced a deal had been struck with Renault.",
        &["Indirect Nissan <- Nissan: a deal had been struck with Renault | "],
    );
}

#[test]
fn a_name_before_a_trade_and_a_full_name_is_no_subject() {
    // Before rules.148 "Beach Boys" (read as a person's name) was the sentence's subject,
    // and "he" went to it; after a noun for a body, the words before a given name are
    // the body's ("the public services union Unison Dave Prentis"), and a title held at
    // a body is no subject before its holder's name: the quotation after the sentence
    // is Dave Prentis's, not the last speaker's (blind set AK).
    check(
        "Grammys\n\nBeach Boys veteran Brian Wilson was another first-time winner. \"It represents triumph and achievement,\" he said.\n\nLocal government minister Nick Raynsford said the changes were modest. But general secretary of the public services union Unison Dave Prentis criticised the plans. \"If you want world class public services you don't get that by hitting people.\"",
        &[
            "Direct Brian Wilson <- he: It represents triumph and achievement | ",
            "Indirect Nick Raynsford <- minister Nick Raynsford: the changes were modest | ",
            "Direct Dave Prentis <- Dave Prentis: If you want world class public services you don't get that by hitting people. | ",
        ],
    );
}

#[test]
fn a_source_owned_by_a_place_and_a_firm_named_in_apposition() {
    // Before rules.148 "a table drawn up by France's Le Figaro newspaper" was France's,
    // "the world's largest package delivery company, UPS, said" was nobody's, "The US
    // company" was an actor of its own (blind set AK), and "The parent company" after a
    // sentence its parent opened was the subsidiary named last (Reuters).
    check(
        "Business\n\nJugnot made 5.45m Euros last year, according to a table drawn up by France's Le Figaro newspaper.\n\nSeparately, the world's largest package delivery company, UPS, said it had placed an order for ten jets. The US company said it needed to expand its air freight capacity.\n\nBrougher Insurance Group Inc said it plans to sell 40 pct of its subsidiary, Intercontinental Corp. The parent company said it signed a letter of intent.",
        &[
            "Indirect Le Figaro <- Le Figaro: Jugnot made 5.45m Euros last year | ",
            "Indirect UPS <- UPS: it had placed an order for ten jets | ",
            "Indirect UPS <- The US company: it needed to expand its air freight capacity | ",
            "Indirect Brougher Insurance Group Inc <- Brougher Insurance Group Inc: it plans to sell 40 pct of its subsidiary, Intercontinental Corp. | Intercontinental Corp.",
            "Indirect Brougher Insurance Group Inc <- The parent company: it signed a letter of intent | ",
        ],
    );
}

#[test]
fn noun_objects_of_confirm_warn_and_add_are_no_statements() {
    // Before rules.148 "confirmed rows over the issue", "warned against proposed
    // changes", "added the ability to "save" websites" and "added what it calls smart
    // folders" were statements (blind set AK); a clause after "that" still is one.
    check(
        "Search\n\nMr Raynsford confirmed rows over the issue with ministerial colleagues. Labour MP Karen Buck warned against proposed changes in such benefits. Ask Jeeves has added the ability to \"save\" websites of interest. The company has added what it calls smart folders. Dr Jane Roe added that the accuracy with which investigators work has improved.",
        &["Indirect Jane Roe <- Dr Jane Roe: the accuracy with which investigators work has improved | "],
    );
}

#[test]
fn a_time_between_the_subject_and_the_verb() {
    // Before rules.148 a time between a description and its verb hid the speaker: "The
    // court on Monday ruled", "The company last month said", "An annual economic survey
    // released on Friday said" reported nothing (blind set AK).
    check(
        "Courts\n\nThe court on Monday ruled that the ban was lawful. The company last month said that sales had doubled. An annual economic survey released on Friday said India needed to ease limits on foreign investment.",
        &[
            "Indirect court <- The court: the ban was lawful | ",
            "Indirect company <- The company: sales had doubled | ",
            "Indirect annual economic survey <- An annual economic survey: India needed to ease limits on foreign investment | India",
        ],
    );
}

#[test]
fn went_on_many_said_and_a_second_clause_after_an_inverted_speaker() {
    // Before rules.148 "..., he went on." and "Many said ..." reported nothing, and
    // "..., said Mr Smith and that ..." neither of its clauses (blind set AK).
    check(
        "Search\n\nOliver Letwin said the government had failed. New Labour had failed on school discipline, he went on.\n\nA survey said only 4% of owners were upgrading. Many said they were confused about prices.\n\n\"They might use Google,\" said John Smith. The variety of ways to search was only helping users, said Mr Smith and that it was likely people would use different ones.",
        &[
            "Indirect Oliver Letwin <- Oliver Letwin: the government had failed | ",
            "Indirect Oliver Letwin <- he: New Labour had failed on school discipline | Labour Party",
            "Indirect survey <- A survey: only 4% of owners were upgrading | ",
            "Indirect many <- Many: they were confused about prices | ",
            "Direct John Smith <- John Smith: They might use Google | Google",
            "Indirect John Smith <- Mr Smith: The variety of ways to search was only helping users | ",
            "Indirect John Smith <- Mr Smith: it was likely people would use different ones | ",
        ],
    );
}

#[test]
fn a_verb_coordinated_after_a_conjunction_or_a_quoted_phrase() {
    // Before rules.148 a sentence opened by "But" lent its subject to no coordinated verb
    // ("But Assistant Chief Constable David Warcup has liaised ... and said"), a quoted
    // phrase before "and said" was taken for the verb's whole content, and "France coach
    // Bernard Laporte believes ..., but claims" was France's (blind set AK).
    check(
        "Politics\n\nBut Assistant Chief Constable David Warcup has liaised with several protest groups and said all negotiations had gone well.\n\nTory chairman Liam Fox accused Labour of \"at best misrepresentation\" and said the smear tactics were a sign of desperation.",
        &[
            "Indirect Assistant Chief Constable David Warcup <- Assistant Chief Constable David Warcup: all negotiations had gone well | ",
            "Direct Liam Fox <- Tory chairman Liam Fox: at best misrepresentation | Conservative Party, Labour Party",
            "Indirect Liam Fox <- Tory chairman Liam Fox: the smear tactics were a sign of desperation | Conservative Party, Labour Party",
        ],
    );
    // And the lede's person, who has spoken, is still the one its epithet names.
    check(
        "Rugby\n\nFrance coach Bernard Laporte believes his team will be scared going into their game with England, but claims it will work in their favour.\n\nThe French turned in a stuttering performance. \"We will go to Twickenham with a little fear,\" said the French coach.",
        &[
            "Indirect Bernard Laporte <- Bernard Laporte: it will work in their favour | France",
            "Direct Bernard Laporte <- the French coach: We will go to Twickenham with a little fear | ",
        ],
    );
}

#[test]
fn pointed_out_after_its_clause_a_bodys_which_said_and_who_said_without_a_comma() {
    // Before rules.149 "..., she pointed out." reported nothing, nor a body's ", which
    // said", nor "Home Secretary Charles Clarke who said" with its comma left out, nor
    // "Number 10 said"; "Mr Hockney meanwhile told the BBC:" went to the body named
    // before (blind set AL). "as Trump points out, is ...", "the IMF, which declared it
    // ineligible" and "an influential Hispanic Republican who said" stay as they were.
    check(
        "Economy\n\nDeputy governor Rachel Lomax spoke on Monday. Other surveys show a rapid slowdown in house prices, she pointed out. Her remarks follow criticism from the House of Lords Economic Affairs Committee, which said the MPC had held rates too high.\n\nNumber 10 said an error was made. That was a message repeated by Home Secretary Charles Clarke who said the matter should now be left to lie.\n\nUKIP asserts that Damian Hockney should stand down. Mr Hockney meanwhile told the BBC: \"I believe that Robert Kilroy-Silk can deliver better.\"\n\nSudan is in arrears to the IMF, which declared it ineligible for fresh loans. And that, as Trump points out, is quite a bit right now.",
        &[
            "Indirect Rachel Lomax <- she: Other surveys show a rapid slowdown in house prices | ",
            "Indirect Economic Affairs Committee <- Economic Affairs Committee: the MPC had held rates too high | MPC",
            "Indirect Downing Street <- Number 10: an error was made | ",
            "Indirect Charles Clarke <- Home Secretary Charles Clarke: the matter should now be left to lie | ",
            "Indirect UK Independence Party <- UKIP: Damian Hockney should stand down | Damian Hockney",
            "Direct Damian Hockney <- Mr Hockney: I believe that Robert Kilroy-Silk can deliver better. | ",
        ],
    );
}

#[test]
fn shared_posts_a_quotation_ending_on_an_initial_names_joined_and_an_appositive_quoted() {
    // Before rules.150 "co-chairman" was no title ("Conservative co-chairman Liam Fox"
    // was the party's), a quotation closing on "Cell Block H." ran on into the next
    // sentence, "... that A and B had agreed ..." ended the claim at "and", and "quoted
    // Yang Jike, vice-governor of Anhui, as saying" reported nothing (blind set AM).
    check(
        "Politics\n\nConservative co-chairman Liam Fox derided the photo call, saying: \"The show of unity was the worst acting I have seen since Prisoner Cell Block H.\" Labour had broken promises, he said.\n\nFerguson had also claimed that United chief executive David Gill and Arsenal vice-chairman David Dein had agreed not to discuss the incident.\n\nThe China Daily quoted Yang Jike, vice-governor of Anhui, as saying farmers could earn twice as much growing cotton.",
        &[
            "Direct Liam Fox <- Conservative co-chairman Liam Fox: The show of unity was the worst acting I have seen since Prisoner Cell Block H. | ",
            "Indirect Liam Fox <- he: Labour had broken promises | Labour Party",
            "Indirect Ferguson <- Ferguson: United chief executive David Gill and Arsenal vice-chairman David Dein had agreed not to discuss the incident | David Gill, David Dein",
            "Indirect Yang Jike <- Yang Jike: farmers could earn twice as much growing cotton | ",
        ],
    );
}

#[test]
fn a_lede_report_a_share_of_any_plural_estimates_and_an_opening_said() {
    // Before rules.150 "suggests a report into search habits" was never the Pew Research
    // Center's (its topic hid that it is a plain report, and "the US" hid the issuer),
    // "18% of all searchers say" had no subject, "estimates that" reported nothing,
    // "Said the Pew report:" went to the speaker before, and a relative clause ran on
    // past a comma closing a quotation (blind set AM). "Recent estimates put" stays a noun.
    check(
        "Savvy searchers\n\nInternet search engine users are an odd mix of naive and sophisticated, suggests a report into search habits.\n\nThe report by the US Pew Research Center reveals that most searchers find what they want. Only 18% of all searchers say they can tell which results are paid for. Said the Pew report: \"This finding is ironic.\"\n\nConsultancy Strategy Analytics estimates that mobile networks will have 51 million users by 2009. Recent estimates put the cost at $4bn, the analyst said.\n\nMarvin Roffman, who estimates that his legal costs were \"in the seven figures,\" described the impact as \"horrendous,\" he said.",
        &[
            "Indirect Pew Research Center <- a report into search habits: Internet search engine users are an odd mix of naive and sophisticated | ",
            "Indirect Pew Research Center <- Pew Research Center: most searchers find what they want | ",
            "Indirect 18% of all searchers <- 18% of all searchers: they can tell which results are paid for | ",
            "Direct Pew Research Center <- the Pew report: This finding is ironic. | ",
            "Indirect Strategy Analytics <- Strategy Analytics: mobile networks will have 51 million users by 2009 | ",
            "Indirect analyst <- analyst: Recent estimates put the cost at $4bn | ",
            "Mixed Marvin Roffman <- Marvin Roffman: his legal costs were \"in the seven figures,\" | ",
            "Direct Marvin Roffman <- he: horrendous | ",
        ],
    );
}

#[test]
fn a_bodys_country_and_titled_report_two_that_clauses_and_a_writers_email() {
    // Before rules.151 ", the US Federal Reserve said in its latest Beige Book report."
    // reported nothing (the country before the body, the report after the verb), "the
    // Beige Book said" was the book's, "added that A and that B" was one statement,
    // "Mr Campbell's e-mail, which ..., suggested" was nobody's, nor "..., but insisting",
    // (blind set AN).
    check(
        "Fed\n\nMost areas of the US saw their economy expand, the US Federal Reserve said in its latest Beige Book report.\n\n\"Wage pressures remained modest,\" the Beige Book said. The report added that real estate activity remained strong and that leasing strengthened in most districts.\n\nAlastair Campbell is at the centre of a row. Mr Campbell's e-mail, which was apparently intended for a party official, suggested they should get Trevor Beattie to issue a statement. He e-mailed the editor pointing out the mistake, but insisting the presenter would have seen the funny side.",
        &[
            "Indirect Federal Reserve <- Federal Reserve: Most areas of the US saw their economy expand | United States",
            "Direct Federal Reserve <- Beige Book: Wage pressures remained modest | ",
            "Indirect Federal Reserve <- The report: real estate activity remained strong | ",
            "Indirect Federal Reserve <- The report: leasing strengthened in most districts | ",
            "Indirect Alastair Campbell <- Mr Campbell's: they should get Trevor Beattie to issue a statement | ",
            "Indirect Alastair Campbell <- He: the presenter would have seen the funny side | ",
        ],
    );
}

#[test]
fn who_makes_a_person_a_court_in_a_city_firms_with_their_s_and_a_secretariat() {
    // Before rules.151 "DiCaprio, who lost out ..." was no person, so "he told" went to
    // the actor named before; "the High Court in London ruled" was the United Kingdom's;
    // "McDonald's announced", "Moody's said" and "Standard and Poor's said" were
    // possessives before nouns; "according to a survey" was not the Pew project's that
    // "A study by" named; "the OECD secretariat" was its own speaker (blind set AN). A
    // club is no person for its "who" ("The Leicester tight-head ... Leicester, who").
    check(
        "Bafta\n\nBest actor Jamie Foxx could not make the ceremony. DiCaprio, who lost out on the best actor Bafta to Foxx, will face him again.\n\n\"It's the first time I've been nominated,\" he told reporters.\n\nThe High Court in London ruled McDonald's had been libelled. McDonald's announced it was to scrap its meals. Moody's said the company has a weak outlook. Standard and Poor's said it is reviewing the issues.",
        &[
            "Direct DiCaprio <- he: It's the first time I've been nominated | ",
            "Indirect High Court <- High Court: McDonald's had been libelled | ",
            "Indirect McDonald <- McDonald's: it was to scrap its meals | ",
            "Indirect Moody <- Moody's: the company has a weak outlook | ",
            "Indirect Standard and Poor <- Standard and Poor's: it is reviewing the issues | ",
        ],
    );
    check(
        "Millions buy MP3 players\n\nOne in 10 adult Americans owns an MP3 player, according to a survey.\n\nA study by the Pew Internet and American Life Project found that MP3 players are the gadget of choice.\n\nHigh labour costs could hinder growth, the Organisation for Economic Cooperation and Development, OECD, said. Growth depended on oil prices, the OECD secretariat said.",
        &[
            "Indirect Pew Internet and American Life Project <- survey: One in 10 adult Americans owns an MP3 player | United States",
            "Indirect Organisation for Economic Cooperation and Development <- Organisation for Economic Cooperation and Development: High labour costs could hinder growth | ",
            "Indirect Organisation for Economic Cooperation and Development <- the OECD secretariat: Growth depended on oil prices | ",
        ],
    );
    check(
        "Rugby\n\nTough-scrummaging prop Julian White is expecting a rough ride. The Leicester tight-head is in the form of his life.\n\nLeicester, who signed White from Bristol, have also been aided by his presence. \"I am pleased with my form,\" he said.",
        &["Direct Julian White <- he: I am pleased with my form | "],
    );
}

#[test]
fn disclosed_suggest_have_been_saying_brewers_and_figures_that_suggest() {
    // Before rules.152 "disclosed that", "They suggest" and "have been saying" reported
    // nothing, a brewer or a drugmaker was no company's noun, and "The TUC" and "The
    // union" after "the PCS" were no known bodies (blind set AO). What figures, estimates
    // or specifications "suggest" is a finding, no statement; what Jupiter Research
    // suggests is its statement.
    check(
        "TV\n\nDick Clark disclosed last year that he was suffering from diabetes. This trend is set to grow, according to analysts. They suggest the number of hard drives could grow. Critics have been saying it would be better to get the players together.\n\nThe TUC said cuts would deliver less. Next Friday's strike action by the PCS is the biggest in the civil service since 1993, hitting Jobcentres. The union says it is concerned about pensions, sick pay and forced relocation.\n\nSales figures suggest it may be a largely adult audience. Jupiter Research suggested broadband was challenging television.",
        &[
            "Indirect Dick Clark <- Dick Clark: he was suffering from diabetes | ",
            "Indirect analysts <- analysts: This trend is set to grow | ",
            "Indirect analysts <- They: the number of hard drives could grow | ",
            "Indirect critics <- Critics: it would be better to get the players together | ",
            "Indirect Trades Union Congress <- TUC: cuts would deliver less | ",
            "Indirect Public and Commercial Services Union <- The union: it is concerned about pensions, sick pay and forced relocation | ",
            "Indirect Jupiter Research <- Jupiter Research: broadband was challenging television | ",
        ],
    );
}

#[test]
fn places_in_a_row_after_the_speaker_are_where_they_are() {
    // Before rules.153 "BBC correspondent Simon Hall at Postbridge on Dartmoor in the West
    // Country said" was the West Country's (blind set AP): places after their
    // prepositions, one after another, stand between a speaker and the verb.
    check(
        "Hunting\n\nBBC correspondent Simon Hall at Postbridge on Dartmoor in the West Country said 2,000 people had turned out to welcome the hunt. Louis Marckesano at Janney Montgomery Scott said the near-term outlook is good.",
        &[
            "Indirect Simon Hall <- Simon Hall: 2,000 people had turned out to welcome the hunt | ",
            "Indirect Louis Marckesano <- Louis Marckesano: the near-term outlook is good | ",
        ],
    );
}

#[test]
fn an_inverted_attribution_closing_a_sentence_frames_the_verb_before_it() {
    // Before rules.154 "The barrister who had represented Mr Martin had said the rules
    // were ..., said Mr Clarke." was Mr Martin's alone, the verb before taking the whole
    // sentence, and "He said:" after it went to Mr Martin too (blind set AP). The
    // closing "said Mr Clarke" reports the sentence; the verb inside keeps its clause,
    // given to Mr Martin, the relative clause's object, until rules.189 made it the
    // barrister's (a "who" clause with no commas stands between a description and the
    // verb). Martin, inside that attribution now, is no longer what Mr Clarke's
    // statement is about.
    check(
        "Burglars\n\nHome Secretary Charles Clarke spoke on Monday. The barrister who had represented Mr Martin had said the rules were \"weighted overwhelmingly\" in favour of the householder, said Mr Clarke. He said: \"The problem is there has not been enough understanding of it.\"",
        &[
            "Mixed Charles Clarke <- Mr Clarke: The barrister who had represented Mr Martin had said the rules were \"weighted overwhelmingly\" in favour of the householder | ",
            "Mixed barrister <- The barrister: the rules were \"weighted overwhelmingly\" in favour of the householder | ",
            "Direct Charles Clarke <- He: The problem is there has not been enough understanding of it. | ",
        ],
    );
}

#[test]
fn neither_of_two_subjects_said_anything() {
    // Before rules.155 "Neither Mr Howard nor Mr Letwin would say how ..." was Mr
    // Letwin's statement, and the pronouns after it went to him too (blind set AQ).
    check(
        "Tax\n\nMichael Howard set out his plans on Monday. Neither Mr Howard nor Mr Letwin would say exactly how they would spend the money. As the Tory leader declared, the aim is to open a clear divide. Neither Genentech nor the FDA would confirm that a review was under way.",
        &["Indirect Michael Howard <- the Tory leader: the aim is to open a clear divide | "],
    );
}

#[test]
fn went_on_before_a_colon_introduces_a_quotation() {
    // Before rules.155 "He went on: “...”" was no attribution: the quotation after it
    // went to the speaker before it, and the next, to "told" after it (blind set AQ).
    check(
        "Courts\n\nLord Falconer said: \"Victims will come first.\" He went on: \"Giving evidence is hard. \"Yet it can be done.\" Lord Falconer told the BBC it was unfair on the elderly.",
        &[
            "Direct Falconer <- Lord Falconer: Victims will come first. | ",
            "Direct Falconer <- He: Giving evidence is hard. | ",
            "Direct Falconer <- He: Yet it can be done. | ",
            "Indirect Falconer <- Lord Falconer: it was unfair on the elderly | ",
        ],
    );
}

#[test]
fn told_a_programme_then_a_clause_reports_the_clause() {
    // Before rules.155 "told BBC Radio 4's Today programme it was impossible ..." took
    // the quotation before it and reported nothing of its own; "the BBC's Politics
    // Show", "CNN's Jake Tapper", "BBC News 24" and "the Sunday Times" opened what was
    // said (blind set AQ).
    check(
        "Radio\n\n\"We are ready,\" said Jane Doe. Mr Smith told BBC Radio 4's Today programme it was impossible to wait. Ms Brown told the BBC's Politics Show she would stand again. Mr Jones told CNN's Jake Tapper the plan was dead. Mr Green told BBC News 24 the result was amazing. A source told the Sunday Times Mr Campbell would lead the campaign.",
        &[
            "Direct Jane Doe <- Jane Doe: We are ready | ",
            "Indirect Smith <- Mr Smith: it was impossible to wait | ",
            "Indirect Brown <- Ms Brown: she would stand again | ",
            "Indirect Jones <- Mr Jones: the plan was dead | ",
            "Indirect Green <- Mr Green: the result was amazing | ",
            "Indirect source <- A source: Mr Campbell would lead the campaign | ",
        ],
    );
}

#[test]
fn a_participle_after_but_opens_a_second_attribution() {
    // Before rules.155 "she insisted that a comeback was unlikely, but speaking in
    // Bangkok Hingis admitted: “...”" was one statement of "she" running over the
    // second attribution (blind set AQ).
    check(
        "Tennis\n\nMartina Hingis returns on Tuesday. Last year she insisted that a comeback was unlikely, but speaking in Bangkok Hingis admitted: \"I said that because I was hurt.\"",
        &[
            "Indirect Martina Hingis <- she: a comeback was unlikely | ",
            "Direct Martina Hingis <- Hingis: I said that because I was hurt. | ",
        ],
    );
}

#[test]
fn he_added_goes_on_from_the_last_speaker() {
    // Before rules.155 "He added:" after a sentence about another person and one whose
    // subject is only an epithet ("the 25-year-old Dubliner") was the other person's
    // (blind set AQ). Who adds is the last speaker unless the sentence just before names
    // someone else.
    check(
        "Football\n\nRichard Dunne wants to stay at City. The defender said: \"I want to stay.\" Newcastle boss Graeme Souness is said to be ready to bid. But the 25-year-old Dubliner underlined his loyalty. He added: \"I really enjoy it here.\" Keane singer Tom Chaplin thanked the fans. He added: \"This is for them.\"",
        &[
            "Direct Richard Dunne <- The defender: I want to stay. | ",
            "Direct Richard Dunne <- He: I really enjoy it here. | ",
            "Direct Tom Chaplin <- He: This is for them. | ",
        ],
    );
}

#[test]
fn an_adverb_after_an_appositive_stands_before_the_verb() {
    // Before rules.156 "Caprice, who left ..., afterwards said: “...”" found no speaker
    // before its verb: the quotation went to the sentence's subject by its colon alone,
    // or, in the article, to a speaker named later (blind set AR). The verb reports it.
    let text = "Eviction\n\nCaprice, who left in the first scheduled eviction of the week having won just 5% of the public vote, afterwards said: \"I am so glad I'm out.\" Ladbrokes spokesman Warren Lush had said she was the favourite.";
    check(
        text,
        &[
            "Direct Caprice <- Caprice: I am so glad I'm out. | ",
            "Indirect Warren Lush <- Ladbrokes spokesman Warren Lush: she was the favourite | ",
        ],
    );
    let x = extract(text, None);
    let cue = x.statements[0].cue.as_ref().map(|c| c.text.as_str());
    assert_eq!(cue, Some("said"));
}

#[test]
fn what_someone_is_reported_to_have_said_is_theirs() {
    // Before rules.156 "Howard Flight was reported to have suggested ..." and "Mr
    // Houston is alleged to have said that ..." had no speaker (blind set AR).
    check(
        "Cuts\n\nHoward Flight was reported to have suggested Mr Howard was planning bigger cuts. Mr Houston is alleged to have said that the plan was mad.",
        &[
            "Indirect Howard Flight <- Howard Flight: Mr Howard was planning bigger cuts | ",
            "Indirect Houston <- Mr Houston: the plan was mad | ",
        ],
    );
}

#[test]
fn indicated_reports_a_speakers_clause_not_a_findings() {
    // Before rules.156 "indicated" reported nothing (blind set AR). It reports a clause
    // opened by "that" or a pronoun, of a person or a body, not a noun ("indicated its
    // intention of raising prices") nor what a test, a survey or a place indicated.
    check(
        "Bombardier\n\nMr Tellier had indicated he wanted to stay at the firm. The government has indicated its intention of raising prices. A preliminary field test indicated it was not hazardous. House surveys have indicated prices are still rising. Exit polls in New Hampshire and Iowa indicated that Trump was ahead. Poland has already indicated it will not be able to pay.",
        &[
            "Indirect Tellier <- Mr Tellier: he wanted to stay at the firm | ",
            "Indirect Poland <- Poland: it will not be able to pay | ",
        ],
    );
}

#[test]
fn two_speakers_joined_before_one_verb_speak_as_the_first() {
    // Before rules.156 "The prime minister and his campaign boss Alan Milburn have
    // insisted" was Alan Milburn's (blind set AR). Two people joined before one verb,
    // the second with a determiner of its own, speak first as the one named first; one
    // person described twice does not.
    check(
        "Election\n\nTony Blair will call the election on Monday. The prime minister and his campaign boss Alan Milburn have insisted the election will be fought on the economy. Fellow speaker and classical composer James MacMillan agreed: \"We need to listen.\"",
        &[
            "Indirect Tony Blair <- The prime minister: the election will be fought on the economy | ",
            "Direct James MacMillan <- James MacMillan: We need to listen. | ",
        ],
    );
}

#[test]
fn a_judge_is_a_title_and_not_the_party_named_before() {
    // Before rules.156 "Judge" was no title: "Judge Charles Harris" was the name, and "a
    // judge claimed" was nobody known (blind set AR). "The judge" and "the sentencing
    // judge" are not the person in the dock named before them.
    check(
        "Courts\n\nThis week a judge claimed easy access to drink was breeding violence. Judge Charles Harris QC made his remarks as he sentenced three men.",
        &["Indirect Charles Harris <- judge: easy access to drink was breeding violence | "],
    );
    check(
        "Pirates\n\nA major distributor of pirated films has been sent to prison for three years.\n\nJayanti Buhecha was found guilty last month. Buhecha was called \"one of the biggest pirates in the UK\" by the sentencing judge. The judge said a heavy penalty was called for.",
        &[
            "Mixed judge <- judge: one of the biggest pirates in the UK | United Kingdom, Jayanti Buhecha",
            "Indirect judge <- judge: a heavy penalty was called for | ",
        ],
    );
}

#[test]
fn bookmakers_and_pundits_are_groups_that_speak() {
    // Before rules.156 "although bookmakers have said" had no speaker (blind set AR).
    check(
        "Odds\n\nOdds were cut, although bookmakers have said they are not ruling out a rally. Some pundits say the film has overtaken The Aviator.",
        &[
            "Indirect bookmakers <- bookmakers: they are not ruling out a rally | ",
            "Indirect Some pundits <- Some pundits: the film has overtaken The Aviator | ",
        ],
    );
}

#[test]
fn a_remark_set_off_by_dashes_stands_before_the_verb() {
    // Before rules.157 "Laah Chong-gyu, executive director of Korea Development Bank -
    // one of the firm's creditors - said" was the bank's, with the quotation and the
    // name as its content (blind set AS).
    check(
        "Cards\n\n\"The firm will need no more aid,\" Kim Min-ho, executive director of Seoul Trade Bank - one of the creditors - said.",
        &["Direct Kim Min-ho <- Kim Min-ho: The firm will need no more aid | "],
    );
}

#[test]
fn a_name_in_apposition_closing_an_inverted_attribution_speaks() {
    // Before rules.157 "said the chairman of the Commons education select committee,
    // Labour MP Barry Sheerman." was "chairman of the Commons" (blind set AS): a title
    // whose body runs on before the comma.
    check(
        "Schools\n\n\"It will be a tragedy,\" said the chairman of the Commons education select committee, Labour MP Barry Sheerman. \"We must act,\" he wrote.",
        &[
            "Direct Barry Sheerman <- Labour MP Barry Sheerman: It will be a tragedy | ",
            "Direct Barry Sheerman <- he: We must act | ",
        ],
    );
}

#[test]
fn as_two_people_have_said_reports_the_clause_after_it() {
    // Before rules.157 "if, as Tony Blair and Ruth Kelly have suggested, GCSEs and
    // A-levels stay" reported the words before "as", as Ruth Kelly's (blind set AS).
    check(
        "Exams\n\nSome fear the plan could be scuppered if, as Tony Blair and Ruth Kelly have suggested, GCSEs and A-levels stay. Exams will stay, as Tony Blair has suggested.",
        &[
            "Indirect Tony Blair <- Tony Blair: GCSEs and A-levels stay | ",
            "Indirect Tony Blair <- Tony Blair: Exams will stay | ",
        ],
    );
}

#[test]
fn a_verb_after_but_borrows_a_described_subject() {
    // Before rules.157 "In theory, the government has a 7% growth target, but continues
    // to insist that ..." had no speaker (blind set AS): "continues to" before the verb,
    // and a description, not a name, for the subject after an opening phrase.
    check(
        "China\n\nChina keeps a tight rein on credit. In theory, the government has a 7% growth target, but continues to insist that the overshoot is no threat.",
        &["Indirect China <- the government: the overshoot is no threat | "],
    );
}

#[test]
fn a_think_tank_is_an_organization_it_stands_for() {
    // Before rules.157 "UK think-tank Demos" was a person, so "It said that" after "a
    // report by UK think-tank Demos" had no speaker (blind set AS).
    check(
        "Broadband\n\nA quarter of users upload content, according to a report by UK think-tank Demos. It said that a fast connection is changing the way people use the internet.",
        &[
            "Indirect Demos <- Demos: A quarter of users upload content | United Kingdom",
            "Indirect Demos <- It: a fast connection is changing the way people use the internet | ",
        ],
    );
}

#[test]
fn report_is_a_verb_only_after_its_plural_subject() {
    // Before rules.157 "..., state media report." reported nothing (blind set AS).
    // "report" is a verb before "that" or closing the sentence after a plural subject,
    // not a noun's ("in its daily operations report that", "the jobs report."), nor
    // "reports" before "have" ("some media reports have cast doubt").
    check(
        "Credit\n\nCurbs on credit will continue into 2005, state media report. The papers report that the minister will resign. The commission said in its daily operations report that there was a backlog of ships. He sounded a cautious note about the jobs report. Some media reports have cast doubt on the plan.",
        &[
            "Indirect media <- media: Curbs on credit will continue into 2005 | ",
            "Indirect papers <- The papers: the minister will resign | ",
            "Indirect commission <- The commission: there was a backlog of ships | ",
        ],
    );
}

#[test]
fn verbs_that_do_not_report_before_a_quotation_or_a_list() {
    // Before rules.158 "Actress Sandra Dee continues to live in Los Angeles" took the
    // quotation before it, and "Spacey wrote, directed and starred in the film" reported
    // "directed and starred" (blind set AT). "continued to insist" still reports.
    check(
        "Premiere\n\nKate Bosworth plays his wife. \"I knew nothing about him,\" said Bosworth.\n\n\"It was a dream for me to land this part.\" Actress Sandra Dee continues to live in Los Angeles. Kevin Spacey, 45, wrote, directed and starred in the film. The studio continued to insist that it was a hit.",
        &[
            "Direct Kate Bosworth <- Bosworth: I knew nothing about him | ",
            "Direct Kate Bosworth <- Bosworth: It was a dream for me to land this part. | ",
            "Indirect studio <- The studio: it was a hit | ",
        ],
    );
}

#[test]
fn a_quoted_word_before_while_is_not_the_next_speakers() {
    // Before rules.158 "The Tories dismissed the plan as “desperate”, while the Liberal
    // Democrats said it was misdirected" gave "desperate" to the Liberal Democrats and
    // lost what they said (blind set AT): "while" describes no speaker. (Since rules.163
    // "dismissed ... as "..."" names with its quoted phrase, the Tories'.)
    check(
        "Pay\n\nThe Tories dismissed the plan as \"desperate\", while the Liberal Democrats said it was misdirected.",
        &[
            "Mixed Conservative Party <- Tories: desperate | Liberal Democrats",
            "Indirect Liberal Democrats <- Liberal Democrats: it was misdirected | Conservative Party",
        ],
    );
}

#[test]
fn what_was_said_ends_before_a_participle_that_quotes() {
    // Before rules.158 "Mr Blair insisted there was no plan ... saying: “...”" reported
    // nothing of "insisted" (blind set AT); "ruled out free care, saying" still reports
    // no clause.
    check(
        "Iran\n\nMr Blair insisted there was no plan for an invasion saying: \"Some people say this is the next place.\" Mr Ladyman ruled out free personal care in England, saying it was \"unsustainable\".",
        &[
            "Indirect Blair <- Mr Blair: there was no plan for an invasion | ",
            "Direct Blair <- Mr Blair: Some people say this is the next place. | ",
            "Mixed Ladyman <- Mr Ladyman: it was \"unsustainable | ",
        ],
    );
}

#[test]
fn an_inverted_speaker_with_a_body_and_a_relative_clause_closes_the_sentence() {
    // Before rules.158 "..., says the boss of the organisation that cleared them of
    // missing a drugs test." reported nothing (blind set AT); so "according to his former
    // chief economic adviser", an owner's description (not "its estimate").
    check(
        "Sprinters\n\nThe careers of the two sprinters are over, says the boss of the organisation that cleared them of missing a drugs test. The chancellor will meet his rule \"with a margin to spare\", according to his former chief economic adviser. According to its estimate, 13.6% of the loans have been written off.",
        &[
            "Indirect boss <- the boss: The careers of the two sprinters are over | ",
            "Mixed former chief economic adviser <- former chief economic adviser: The chancellor will meet his rule \"with a margin to spare\" | ",
        ],
    );
}

#[test]
fn a_document_reads_its_words() {
    // Before rules.158 "read" was no reporting verb: "“...,” a BBC statement read. “...”"
    // lost its second quotation (blind set AT). It reports after a document's noun, or
    // before a quotation in a document's sentence; not "He read the book" nor "The
    // message's subject line reads “...”".
    check(
        "Statement\n\n\"The performer had been asked to tone his act down,\" a BBC statement read. \"His gestures had gone beyond what is expected.\" He read the book. The message's subject line reads \"Urgent Appeal\".",
        &[
            "Direct BBC <- a BBC statement: The performer had been asked to tone his act down | ",
            "Direct BBC <- a BBC statement: His gestures had gone beyond what is expected. | ",
        ],
    );
}

#[test]
fn a_verb_with_a_quotation_after_its_comma_leaves_the_one_before() {
    // Before rules.159 "“...listeners.” Saumil Nanavati, president of Sydus, said, “...”"
    // took the quotation before it too, though it goes on from Mr Cridland (blind set AU).
    check(
        "Radio\n\nMr Cridland said: \"This application will enable anyone to listen.\" \"This allows us to tap into a huge new audience.\" Saumil Nanavati, president of Sydus, said, \"This radio player is what the network was built for.\"",
        &[
            "Direct Cridland <- Mr Cridland: This application will enable anyone to listen. | ",
            "Direct Cridland <- Mr Cridland: This allows us to tap into a huge new audience. | ",
            "Direct Saumil Nanavati <- Saumil Nanavati: This radio player is what the network was built for. | ",
        ],
    );
}

#[test]
fn two_described_people_before_one_verb_speak_as_the_first() {
    // Before rules.159 "“...,” singer Gary Lightbody and drummer Jonny Quinn said."
    // found no speaker for its verb, and the quotation after it was lost (blind set AU).
    check(
        "Awards\n\n\"A lot of bands should go through a kicking,\" singer Gary Lightbody and drummer Jonny Quinn said. \"It has been good for us.\"",
        &[
            "Direct Gary Lightbody <- Gary Lightbody: A lot of bands should go through a kicking | ",
            "Direct Gary Lightbody <- Gary Lightbody: It has been good for us. | ",
        ],
    );
}

#[test]
fn no_10_is_downing_street() {
    // Before rules.159 "No 10 was similarly cautious but said ..." had no speaker (blind
    // set AU).
    check(
        "Terror\n\nNo 10 was similarly cautious but said the threat was real.",
        &["Indirect Downing Street <- No 10: the threat was real | "],
    );
}

#[test]
fn a_country_before_a_body_named_after_the_verb_only_places_it() {
    // Before rules.160 "..., said the UK National Tremor Foundation." and "..., said UK
    // National Tremor Foundation chief Karen Walsh." found no speaker, and the statement
    // was lost (blind set AV).
    check(
        "Tremors\n\nAbout three million Britons have a tremor, said the UK National Tremor Foundation.\n\nMost cases are mild, said US National Academy of Sciences president Bruce Alberts.",
        &[
            "Indirect National Tremor Foundation <- National Tremor Foundation: About three million Britons have a tremor | United Kingdom",
            "Indirect Bruce Alberts <- National Academy of Sciences president Bruce Alberts: Most cases are mild | ",
        ],
    );
}

#[test]
fn a_remark_after_a_dash_leaves_the_attribution_before_it() {
    // Before rules.160 "..., says the party - and insulation could save ..." and "...,
    // Mr Chidambaram said - falling short of ..." lost their statements; a remark set
    // off by a dash after the speaker is the writer's (blind set AV). An attribution
    // inside two dashes keeps its own: "- too much, critics argue -".
    check(
        "Vouchers\n\nThe Liberal Democrats unveiled a plan for pensioners on Monday.\n\nThe plan would boost energy conservation, says the party - and insulation could save £100 every year.\n\nThe target will be 4.3%, Mr Chidambaram said - falling short of the law's requirement.\n\nHe put a lot of effort - too much, critics argue - into enforcement.",
        &[
            "Indirect Liberal Democrats <- the party: The plan would boost energy conservation | ",
            "Indirect Chidambaram <- Mr Chidambaram: The target will be 4.3% | ",
        ],
    );
}

#[test]
fn a_pronoun_subject_lends_itself_to_a_coordinated_verb() {
    // Before rules.161 "He accepted the ruling but argued ..." and "He declined to
    // elaborate but said ..." were lost: a verb coordinated after another found its
    // speaker in a subject that opens the sentence only when that subject was a name
    // (blind set AW).
    check(
        "Terror\n\nHome Secretary Charles Clarke told MPs: \"There remains a public emergency.\" He accepted the law lords' ruling but argued detention powers had helped prevent attacks.",
        &[
            "Direct Charles Clarke <- Home Secretary Charles Clarke: There remains a public emergency. | ",
            "Indirect Charles Clarke <- He: detention powers had helped prevent attacks | ",
        ],
    );
}

#[test]
fn who_was_reported_as_saying_is_the_speaker() {
    // Before rules.161 "..., Reuters reported BaFin as saying." was lost: "reported"
    // took the sentence as its own and found no content (blind set AW). "quoted" and
    // "cited" read the same way.
    check(
        "Bonds\n\nIf the traders are found guilty, they could face a five-year jail term, Reuters reported BaFin as saying.\n\nThe bonds were sold in minutes, the agency cited a spokesman as saying.",
        &[
            "Indirect BaFin <- BaFin: If the traders are found guilty, they could face a five-year jail term | ",
            "Indirect spokesman <- spokesman: The bonds were sold in minutes | ",
        ],
    );
}

#[test]
fn a_body_before_a_group_names_whose_group_it_is() {
    // Before rules.161 "..., say Cranfield University experts." was lost: the name was
    // read as the speaker and the group after it left over (blind set AW). Like "BBC
    // experts", the group speaks. A verb is no group: "The Washington Times reports
    // ..." is the paper's report.
    check(
        "Wi-fi\n\nThe latest threat poses as real hotspots, say Cranfield University experts.\n\nThe Washington Times reports the senator will endorse Cruz.",
        &[
            "Indirect Cranfield University experts <- Cranfield University experts: The latest threat poses as real hotspots | ",
            "Indirect Washington Times <- Washington Times: the senator will endorse Cruz | ",
        ],
    );
}

#[test]
fn a_post_named_in_apposition_after_but_is_the_subject() {
    // Before rules.161 "But the Liberal Democrat's shadow home secretary, Mark Oaten,
    // accused ..." left the next paragraph's "he told BBC News" to the home secretary
    // who spoke before: a title in apposition to a name opened the subject only after
    // an article, not after "But" (blind set AW).
    check(
        "Deportation\n\nHome Secretary Charles Clarke said he was seeking agreements. But the Liberal Democrat's shadow home secretary, Mark Oaten, accused Mr Clarke of avoiding the main issue.\n\n\"The critical issue is the principle,\" he told BBC News.",
        &[
            "Indirect Charles Clarke <- Home Secretary Charles Clarke: he was seeking agreements | ",
            "Direct Mark Oaten <- he: The critical issue is the principle | ",
        ],
    );
}

#[test]
fn a_quote_the_sentence_says_nobody_named_said_has_no_speaker() {
    // Before rules.161 "... to ensure they are "socially responsible", it has been
    // suggested." gave the phrase to the United Kingdom, the first actor of the
    // sentence ("new UK casinos") (blind set AW).
    check(
        "Casinos\n\nControversial new UK casinos will be banned from using American tricks to ensure they are \"socially responsible\", it has been suggested.",
        &[],
    );
}

#[test]
fn a_regulator_is_not_the_business_named_before_it() {
    // Before rules.161 "the German regulator has said it has found evidence" after "US
    // banking giant Citigroup" was Citigroup's; and "The financial regulator said" after
    // the Securities and Exchange Commission was Fannie Mae's, the company it criticised
    // (blind set AW).
    check(
        "Bonds\n\nTraders at US banking giant Citigroup are facing a criminal investigation in Germany.\n\nThe move was criticised, and now the German regulator has said it has found evidence of possible market manipulation.",
        &["Indirect German regulator <- the German regulator: it has found evidence of possible market manipulation | "],
    );
}

#[test]
fn a_group_opening_the_sentence_is_the_subject_of_a_participle() {
    // Before rules.161 "Shareholders have also launched lawsuits against the group,
    // claiming ..." gave the claim to the last person named, and "The industry has argued
    // ..., saying" was lost: a group was the subject of a participle only as "The firm"
    // (blind set AW's corpus diff).
    check(
        "Lawsuits\n\nThe firm's founder, John Ivankoe, resigned last year. Shareholders have also launched lawsuits against the group, claiming it made false statements.",
        &[
            "Indirect shareholders <- Shareholders: it made false statements | ",
        ],
    );
}

#[test]
fn the_organisation_is_the_one_that_spoke_or_was_named_last() {
    // Before rules.162 "the organisation said" stayed a bare description: the word was
    // read only as the head of a name ("the World Health Organisation") (blind set AX).
    check(
        "Blogger\n\nA spokesman for Reporters Without Borders called for his release. \"The authorities are trying to make an example of him,\" the organisation said in a statement.",
        &["Direct Reporters Without Borders <- the organisation: The authorities are trying to make an example of him | "],
    );
}

#[test]
fn a_public_body_opening_the_sentence_is_the_subject_of_a_participle_after_a_dash() {
    // Before rules.162 "The government refuses to publish his advice ... - saying" was
    // lost: only a company noun ("The firm") opened a participle's subject, and only
    // after a comma (blind set AX).
    check(
        "Iraq advice\n\nAcme Corp said it would appeal. The ministry refuses to publish the advice - saying such papers have always been kept confidential.",
        &[
            "Indirect Acme Corp <- Acme Corp: it would appeal | ",
            "Indirect ministry <- The ministry: such papers have always been kept confidential | ",
        ],
    );
}

#[test]
fn a_capitalised_chair_before_a_name_is_a_title() {
    // Before rules.162 "Democratic National Committee Chair Debbie Wasserman Schultz
    // dismissed ..., saying" gave the claim to the committee (blind set AX's corpus diff).
    check(
        "DNC\n\nDemocratic National Committee Chair Debbie Wasserman Schultz dismissed the accusations, saying the Sanders campaign chose not to accept the same help.",
        &["Indirect Debbie Wasserman Schultz <- Democratic National Committee Chair Debbie Wasserman Schultz: the Sanders campaign chose not to accept the same help | "],
    );
}

#[test]
fn what_is_denied_or_continued_as_a_thing_reports_nothing() {
    // Before rules.162 "has denied multiple charges of conspiracy", "denied being
    // "leaned on"" and "The band continued without Osbourne" were statements (blind set
    // AX); a clause denied still is one, and so is what comes before "continued".
    check(
        "Trial\n\nMr Ebbers has denied multiple charges of conspiracy and fraud. Lord Goldsmith has denied being \"leaned on\". A Labour spokesman denied the campaign was anti-Semitic. The band continued without Osbourne, who went on to solo success. The stock has risen on merger speculation, the analyst continued.",
        &[
            "Indirect Labour spokesman <- Labour spokesman: the campaign was anti-Semitic | ",
            "Indirect analyst <- analyst: The stock has risen on merger speculation | ",
        ],
    );
}

#[test]
fn a_possessive_description_before_its_verb_speaks() {
    // Before rules.162 "..., his closest associate has told a US court", "his lawyer
    // said" and "her agent said" were lost: only "the", "a" or "one" opened a
    // description. "his son said" is the son named before ("Mr Nogar's son Stephen");
    // "her agent said" the agent named after ("Agent Simon Beresford said") (blind set
    // AX and its corpus diff).
    check(
        "Tapes\n\n\"We have had them for years,\" Mr Nogar's son Stephen said. \"He called them his tapes,\" his son said.\n\nJohn Smith was arrested. He is innocent, his lawyer said.\n\nRowlands died in Hove on Saturday, her agent said. Agent Simon Beresford said: \"She was a favourite client.\"",
        &[
            "Direct Stephen <- Stephen: We have had them for years | ",
            "Direct Stephen <- his son: He called them his tapes | ",
            "Indirect lawyer <- his lawyer: He is innocent | ",
            "Indirect Simon Beresford <- her agent: Rowlands died in Hove on Saturday | ",
            "Direct Simon Beresford <- Agent Simon Beresford: She was a favourite client. | ",
        ],
    );
}

#[test]
fn a_participle_after_a_thing_denied_still_reports() {
    // Before rules.162 "has denied the killing, saying her death was accidental" was one
    // statement from "the killing"; with the thing denied no statement, what the
    // participle says is one. "denied reports that ..." reports a clause, as before.
    check(
        "Spector\n\nPhil Spector has denied the killing, saying her death was accidental. Kim Clijsters has denied reports that she has pulled out of the Australian Open.",
        &[
            "Indirect Phil Spector <- Phil Spector: her death was accidental | ",
            "Indirect Kim Clijsters <- Kim Clijsters: reports that she has pulled out of the Australian Open | Australia",
        ],
    );
}

#[test]
fn a_possessive_before_a_description_and_a_name_leaves_the_name_the_subject() {
    // Before rules.163 "Finland's medical group Instrumentarium Oy said ..." left the
    // next paragraph's "It said" with no speaker: the possessive opened the subject
    // unless the name came right after it (blind set AY's corpus diff).
    check(
        "Instrumentarium\n\nFinland's medical group Instrumentarium Oy <INMR.HE> said it has acquired electronics components importers <Ferrado Oy> and <Insele Oy>, subsidiaries of Finland's electronics group Nokia Oy <NOKS.HE>.\n\nIt said in a statement Ferrado and Insele will be merged into Instrumentarium's Professional Electronics Division.",
        &["Indirect Instrumentarium Oy <- It: Ferrado and Insele will be merged into Instrumentarium's Professional Electronics Division | Instrumentarium's Professional Electronics Division"],
    );
}

#[test]
fn a_lawsuit_says_what_its_plaintiff_claims() {
    // Before rules.163 "The lawsuit said ..." stayed a lawsuit's words, though the
    // article names who is suing (blind set AY); a suit nobody is named bringing stays
    // a suit.
    check(
        "Willis\n\nActor Bruce Willis is suing Revolution Studios over an injury. Willis said he was hit in the head by a firework.\n\nThe lawsuit said the star has endured mental and physical injuries. According to the lawsuit, the injury was suffered during a special effect.",
        &[
            "Indirect Bruce Willis <- Willis: he was hit in the head by a firework | ",
            "Indirect Bruce Willis <- The lawsuit: the star has endured mental and physical injuries | ",
            "Indirect Bruce Willis <- the lawsuit: the injury was suffered during a special effect | ",
        ],
    );
    check(
        "Cartridges\n\nHewlett-Packard faces a lawsuit over its ink cartridges. The suit claims the chips shut down early.",
        &["Indirect suit <- The suit: the chips shut down early | "],
    );
}

#[test]
fn a_name_before_an_appositive_and_a_relative_clause_is_the_subject() {
    // Before rules.163 "Lord Condon, head of the International Cricket Council's
    // anti-corruption unit, who originally made the call ..., said" was lost, and the
    // quotations after it went to the group named before (blind set AY).
    check(
        "Betting\n\nThe Parliamentary Group on Betting held an inquiry. Lord Condon, head of the International Cricket Council's anti-corruption unit, who originally made the call for longer prison sentences, said the two-year penalty was \"derisory\". \"You could get a bigger sentence for failing to pay your hotel bill.\"\n\nPaul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union, said he already received time and a half.",
        &[
            "Mixed Condon <- Lord Condon: the two-year penalty was \"derisory\" | ",
            "Direct Condon <- Lord Condon: You could get a bigger sentence for failing to pay your hotel bill. | ",
            "Indirect Paul Porter <- Paul Porter: he already received time and a half | ",
        ],
    );
}

#[test]
fn a_tribunal_and_a_company_management_speak() {
    // Before rules.163 "The tribunal upheld ..., but said" and "US Airways management
    // has said" were lost: neither "tribunal" nor "management" was a speaker's noun
    // (blind set AY).
    check(
        "Tribunal\n\nThe tribunal upheld her claim of victimisation, but said it found no evidence of bullying at the bank. US Airways management has said it may need to start liquidating assets.",
        &[
            "Indirect tribunal <- The tribunal: it found no evidence of bullying at the bank | ",
            "Indirect US Airways management <- US Airways management: it may need to start liquidating assets | ",
        ],
    );
}

#[test]
fn labelled_and_dismissed_as_name_with_a_quoted_phrase() {
    // Before rules.163 "labelled ... "a pile of pants"" and "dismissed the research as
    // "complete rubbish"" were lost or given to the speaker before (blind set AY).
    check(
        "Casinos\n\nLabour backbencher Stephen Pound labelled the schemes \"a pile of pants\". The Treasury dismissed the research as \"complete rubbish\".",
        &[
            "Mixed Stephen Pound <- Stephen Pound: a pile of pants | Labour Party",
            "Mixed Treasury <- Treasury: complete rubbish | ",
        ],
    );
}

#[test]
fn a_womans_honorific_is_not_the_man_of_that_surname() {
    // Before rules.164 "Mrs Howard said ..." was Michael Howard's, and "Mrs. Clinton"
    // Bill Clinton's: an honorific's sex did not keep a surname from the man named in
    // full before (blind set AZ and its corpus diff).
    check(
        "Howard\n\nMichael Howard said he would win. Mrs Howard said she often criticised her husband.",
        &[
            "Indirect Michael Howard <- Michael Howard: he would win | ",
            "Indirect Howard <- Mrs Howard: she often criticised her husband | ",
        ],
    );
}

#[test]
fn a_real_name_in_apposition_leaves_the_speaker() {
    // Before rules.164 "Jay-Z, real name Shawn Carter, said: "..."" went to the speaker
    // before (blind set AZ).
    check(
        "Jay-Z\n\nAntonio Reid said: \"I can think of no-one more relevant.\" Jay-Z, real name Shawn Carter, said: \"I have inherited two of the most important brands.\"",
        &[
            "Direct Antonio Reid <- Antonio Reid: I can think of no-one more relevant. | ",
            "Direct Jay-Z <- Jay-Z: I have inherited two of the most important brands. | ",
        ],
    );
}

#[test]
fn chiefs_and_developers_speak_as_groups() {
    // Before rules.164 "Labour campaign chiefs say" and "open source developers argue"
    // were lost: neither noun was a group's (blind set AZ and its corpus diff).
    check(
        "Campaign\n\nBut Labour campaign chiefs say there are no plans for a daily news conference. Open source developers argue that many patents should never have been granted.",
        &[
            "Indirect chiefs <- chiefs: there are no plans for a daily news conference | Labour Party",
            "Indirect developers <- developers: many patents should never have been granted | ",
        ],
    );
}

#[test]
fn what_one_suggests_doing_is_no_statement() {
    // Before rules.164 "It also suggests increasing state funding ..." was a statement
    // (blind set AZ); a gerund that opens a clause still reports.
    check(
        "Funding\n\nThe Electoral Commission says a cap would be wrong. It also suggests increasing state funding for parties so help can be extended. Mr Cable suggested keeping British troops in Iraq could cost another £1bn.",
        &[
            "Indirect Electoral Commission <- Electoral Commission: a cap would be wrong | ",
            "Indirect Cable <- Mr Cable: keeping British troops in Iraq could cost another £1bn | United Kingdom troops, United Kingdom, Iraq",
        ],
    );
}

#[test]
fn according_to_the_firm_is_the_firm_named_before() {
    // Before rules.164 "..., according to the firm" stayed "firm" after "e-mail
    // management firm Email Systems" (blind set AZ).
    check(
        "Spam\n\nThe figures, from e-mail management firm Email Systems, will alarm firms. While virus traffic has slowed down, attacks are on the increase according to the firm.",
        &["Indirect Email Systems <- the firm: While virus traffic has slowed down, attacks are on the increase | "],
    );
}

#[test]
fn the_watchdog_that_spoke_is_not_a_body_it_listed() {
    // Before rules.164 "..., says the watchdog" after the Electoral Commission's words
    // was the Northern Ireland Assembly it had just listed (blind set AZ).
    check(
        "Funding\n\nThe Electoral Commission says a cap would be wrong.\n\nThere were almost £68m in reported donations to political parties in 2001, 2002 and 2003, with nearly £12m of them from individual gifts worth more than £1m. The rules have already been changed so the public can see who gives how much to the parties, and local candidates have been given more room to spend on their campaigns in every part of the country. It also wants help extended to all parties with members in the Welsh Assembly or the Northern Ireland Assembly. All candidates should be entitled to a free mailshot, says the watchdog.",
        &[
            "Indirect Electoral Commission <- Electoral Commission: a cap would be wrong | ",
            "Indirect Electoral Commission <- the watchdog: All candidates should be entitled to a free mailshot | ",
        ],
    );
}

#[test]
fn gen_without_a_stop_is_a_title_and_an_honorific_makes_a_surname() {
    // Before rules.165 "Gen Musharraf" was a name of two words, and "said Mr Irish" was
    // Ireland's (and "Mr French" France's): a British "Gen" without its stop was no
    // title, and a demonym after an honorific was still the country (blind set BA).
    check(
        "Musharraf\n\n\"My wife is travelling,\" said General Musharraf. Gen Musharraf told the BBC: \"Some people are wrong.\" \"The iPod mini is likely to be this year's hit,\" said Mr Irish.",
        &[
            "Direct Musharraf <- General Musharraf: My wife is travelling | ",
            "Direct Musharraf <- Gen Musharraf: Some people are wrong. | ",
            "Direct Irish <- Irish: The iPod mini is likely to be this year's hit | ",
        ],
    );
}

#[test]
fn a_high_commissioner_posted_to_a_country_is_not_the_country() {
    // Before rules.165 "Pakistan's High Commissioner to Britain said" was the United
    // Kingdom's: "High Commissioner" was no title, and the country before the verb
    // spoke (blind set BA).
    check(
        "Envoy\n\nPakistan's High Commissioner to Britain said some Pakistanis should integrate more.",
        &["Indirect Pakistan's High Commissioner to Britain <- Pakistan's High Commissioner to Britain: some Pakistanis should integrate more | Pakistan"],
    );
}

#[test]
fn did_say_and_a_letter_saying_report() {
    // Before rules.165 "Pay N' Pak ... did say the offer was contingent" and "sent a
    // letter to MCI's board on Thursday saying that" were lost: "did" was no auxiliary,
    // and a participle without a comma before it had no subject (blind set BA and its
    // corpus diff).
    check(
        "Qwest\n\nRoger Knapman did say the host had been useful. Qwest chairman Richard Notebaert sent a letter to MCI's board on Thursday saying that it plans to submit a new offer.",
        &[
            "Indirect Roger Knapman <- Roger Knapman: the host had been useful | ",
            "Indirect Richard Notebaert <- Qwest chairman Richard Notebaert: it plans to submit a new offer | ",
        ],
    );
}

#[test]
fn a_phrase_quoted_before_a_speaker_in_its_paragraph_stays_in_its_sentence() {
    // Before rules.166 the phrase Norman Brennan accused Lord Woolf of was the next
    // direct speaker's in the paragraph (blind set BB).
    check(
        "Sentences\n\nBut director of the Victims of Crime Trust, Norman Brennan, accused Lord Woolf of having an \"arrogant contempt for victims\". The National Association of Probation Officers said the move would be \"political suicide\".",
        &[
            "Mixed Norman Brennan <- Norman Brennan: arrogant contempt for victims | Victims of Crime Trust",
            "Mixed National Association of Probation Officers <- National Association of Probation Officers: the move would be \"political suicide\" | ",
        ],
    );
}

#[test]
fn a_quoted_phrase_after_an_opening_phrase_is_the_subjects() {
    // Before rules.166 "Speaking on BBC Radio 4, he criticised ... “out of dire
    // poverty”" was the BBC's, and "she vented to her husband, Frank Fiorina, that it
    // would be “incredibly ugly”" the husband's: the opening phrase was not skipped,
    // and a pronoun took the name after it as its apposition (set BB's corpus diff).
    check(
        "Cardinal\n\nCardinal Cormac Murphy-O'Connor spoke on Sunday. Speaking on BBC Radio 4, he criticised the fact that money was spent instead of bringing people \"out of dire poverty and disease\". Carly Fiorina was still unsure. She vented to her husband, Frank Fiorina, that it would be \"incredibly ugly\".",
        &[
            "Mixed Cormac Murphy-O'Connor <- he: out of dire poverty and disease | ",
            "Mixed Carly Fiorina <- She: incredibly ugly | ",
        ],
    );
}

#[test]
fn a_weekday_is_a_surname_after_a_given_name_and_alone_after_said() {
    // Before rules.166 "..., said Friday." after "Mike Friday's England side" was no
    // attribution: the coach's surname was read as the day (blind set BB). "said May."
    // after "Theresa May" was lost too, while "she said Friday" keeps the day.
    check(
        "Sevens\n\nMike Friday's England side matched their opponents. \"England have wanted to win in Dubai for a long time,\" said Friday. Theresa May spoke on Monday. \"We will look at the figures again,\" said May. \"It was a fair result,\" she said Friday.",
        &[
            "Direct Mike Friday <- Friday: England have wanted to win in Dubai for a long time | ",
            "Direct Theresa May <- May: We will look at the figures again | ",
            "Direct Theresa May <- she: It was a fair result | ",
        ],
    );
}

#[test]
fn a_demonym_before_a_trade_body_is_part_of_its_name() {
    // Before rules.166 "according to the British Phonographic Industry" and "the
    // British Retail Consortium said" were the United Kingdom's (blind set BB).
    check(
        "Sales\n\nDownload sales rose to 312,000 in the last week of December, according to the British Phonographic Industry. Retail sales were flat in January, the British Retail Consortium said.",
        &[
            "Indirect British Phonographic Industry <- British Phonographic Industry: Download sales rose to 312,000 in the last week of December | ",
            "Indirect British Retail Consortium <- British Retail Consortium: Retail sales were flat in January | ",
        ],
    );
}

#[test]
fn a_company_or_magazine_by_its_short_name_is_the_body_not_a_person() {
    // Before rules.167 "Stuff predicts" after "Stuff Magazine" and "Chrysler said" after
    // "Chrysler Corp" were people named Stuff and Chrysler (blind set BC and its corpus
    // diff); a surname met as a person's stays the person's.
    check(
        "Gadgets\n\nSony's PSP is the top gadget, according to Stuff Magazine. Next year will see a new set of technologies, Stuff predicts. Chrysler Corp reported lower sales. Its car output was down, Chrysler said. Salomon Inc hired Robert Salomon. \"We are working hard,\" Salomon said.",
        &[
            "Indirect Stuff Magazine <- Stuff Magazine: Sony's PSP is the top gadget | ",
            "Indirect Stuff Magazine <- Stuff: Next year will see a new set of technologies | ",
            "Indirect Chrysler Corp <- Chrysler: Its car output was down | ",
            "Direct Robert Salomon <- Salomon: We are working hard | ",
        ],
    );
}

#[test]
fn a_firm_named_research_is_what_the_firm_and_its_report_stand_for() {
    // Before rules.168 "The firm said" and "The report concluded" after "Produced by
    // Jupiter Research the analysis ... found only 13% of Europeans" were the
    // Europeans', and the lede's "says a report" nobody's: "Research" did not end a
    // firm's name and an opening participle did not name a document's issuer (blind
    // set BD). "Research Minister" stays a portfolio.
    check(
        "Consumers snub video\n\nConsumers want music rather than movies while on the move, says a report.\n\nProduced by Jupiter Research the analysis of the market found only 13% of Europeans want to watch video. The firm said gadget makers should avoid hybrid devices. The report concluded that music would drive growth. Belgian Research Minister Guy Verhofstadt said the programme was at risk.",
        &[
            "Indirect Jupiter Research <- a report: Consumers want music rather than movies while on the move | ",
            "Indirect Jupiter Research <- The firm: gadget makers should avoid hybrid devices | ",
            "Indirect Jupiter Research <- The report: music would drive growth | ",
            "Indirect Guy Verhofstadt <- Research Minister Guy Verhofstadt: the programme was at risk | ",
        ],
    );
}

#[test]
fn a_list_of_three_names_speaks_as_its_first() {
    // Before rules.168 "Paramount, Universal and Warner Brothers said" was Warner
    // Brothers' (blind set BD): joint speakers are credited to the first. A list after a
    // preposition is not the subject, nor a sentence's opening adverb one of the names;
    // "Investors have snapped up shares" is no speech.
    check(
        "Formats\n\nLast month, Paramount, Universal and Warner Brothers said they were opting for the rival format. Among Republicans, Donald Trump and Ted Cruz said they would fight on. Afterwards, Reynolds and Reynolds told Advanced Voice it would not distribute the system. Investors have snapped up shares in Jet Airways, India's biggest airline.",
        &[
            "Indirect Paramount <- Paramount: they were opting for the rival format | ",
            "Indirect Ted Cruz <- Ted Cruz: they would fight on | ",
            "Indirect Reynolds <- Reynolds: it would not distribute the system | ",
        ],
    );
}

#[test]
fn she_after_his_wife_named_alone_is_the_wife() {
    // Before rules.169 ""...," she said" after "His wife Sharon, who also appears in the
    // show, agreed." was Ozzy Osbourne's, whose sex the text never gave (blind set BD):
    // a lone given name after a word for kin is the pronoun's when its sex fits. "Dallas,
    // who" after "an actor in" is no such name.
    check(
        "Osbournes\n\nRock star Ozzy Osbourne has said his family will stop filming. His wife Sharon, who also appears in the show, agreed. \"Now everybody's doing reality shows,\" she said. Willie Minor, an actor in Dallas, who runs a theater, spoke too. He said that since then he has been more secure.",
        &[
            "Indirect Ozzy Osbourne <- Ozzy Osbourne: his family will stop filming | ",
            "Direct Sharon <- she: Now everybody's doing reality shows | ",
            "Indirect Willie Minor <- He: since then he has been more secure | ",
        ],
    );
}

#[test]
fn chief_secretary_to_the_treasury_is_a_title() {
    // Before rules.169 "Chief Secretary to the Treasury Paul Boateng attacked the Tory
    // plans. "...," he said." was "Chief Secretary"'s (blind set BC): the post was no
    // title, and "Treasury Paul Boateng" a name.
    check(
        "Cuts\n\nThe government wants to cut 100,000 civil servants. But Chief Secretary to the Treasury Paul Boateng attacked the Tory plans. \"The Conservatives are committed to cuts,\" he said.",
        &["Direct Paul Boateng <- he: The Conservatives are committed to cuts | Conservative Party"],
    );
}

#[test]
fn a_mediums_noun_after_its_name_is_part_of_the_addressee() {
    // Before rules.169 "told the BBC News website there are" reported "website there
    // are ..." (blind set BC).
    check(
        "Cards\n\nSteve Ash told the BBC News website there are two parts to the process.",
        &["Indirect Steve Ash <- Steve Ash: there are two parts to the process | "],
    );
}

#[test]
fn a_base_form_after_did_reports_a_that_clause() {
    // Before rules.169 "Wardle did stress that" and "Allen did admit that" reported
    // nothing (blind set BC): "stress" is no cue alone, and "admit" was taken for a
    // plural subject's verb. "the stress" stays a noun.
    check(
        "Transfers\n\nWardle did stress that the club was not inviting any offers. John Allen did admit that the plan had failed. The stress that players feel is high.",
        &[
            "Indirect Wardle <- Wardle: the club was not inviting any offers | ",
            "Indirect John Allen <- John Allen: the plan had failed | ",
        ],
    );
}

#[test]
fn a_union_before_its_general_secretary_is_not_the_subject() {
    // Before rules.170 "He said" after "Transport & General Worker's Union general
    // secretary Tony Woodley repeated his view" was MG Rover's (blind set BE): the union
    // was taken for the sentence's subject, and "Rover told BBC News" had made a person
    // of Rover, who stayed the last speaker when found to be the company. A pronoun for
    // a person stands for no organization.
    check(
        "Rover deal\n\nSome 2,000 jobs at MG Rover's Midlands plant may be cut, the Financial Times has reported.\n\nBut Rover told BBC News that reports of job cuts were \"speculation\".\n\nTransport & General Worker's Union general secretary Tony Woodley repeated his view on Friday that all mergers led to some job cuts. He said investment in new models was needed.",
        &[
            "Indirect Financial Times <- Financial Times: Some 2,000 jobs at MG Rover's Midlands plant may be cut | ",
            "Mixed MG Rover <- Rover: reports of job cuts were \"speculation\" | ",
            "Indirect Tony Woodley <- He: investment in new models was needed | ",
        ],
    );
}

#[test]
fn the_noun_a_phrase_after_it_modifies_is_the_speaker() {
    // Before rules.170 "A senior official close to the talks said" was the talks', "But 36
    // people accused in connection with the blasts said" no attribution, and "The
    // official Xinhua News Agency said" the "News Agency"'s (blind set BE). "Soybeans
    // rallied in response to" is the sentence's own verb; "declined to say" reports
    // nothing.
    check(
        "Talks\n\nA senior official close to the talks said most cafes were closed. But 36 people accused in connection with the blasts said the film should not be screened. The official Xinhua News Agency said the crackdown was carried out. A Swissair spokesman declined to say how much the order was worth.",
        &[
            "Indirect official <- official: most cafes were closed | ",
            "Indirect 36 people <- 36 people: the film should not be screened | ",
            "Indirect Xinhua <- Xinhua News Agency: the crackdown was carried out | ",
        ],
    );
}

#[test]
fn it_after_a_document_or_an_unknown_name_opening_the_sentence_before() {
    // Before rules.171 "It said" after "But a recent report from Continental Research
    // reflects ..." was the MDA's, which had spoken before, and "It also said" after
    // "Sony has a million units ready" reported nothing: no organization had spoken or
    // been named as one (blind set BF). "Revenues slipped. It said" is nobody's.
    check(
        "Mobiles\n\nThe MDA said phones were popular. But a recent report from Continental Research reflects the continuing battle. It said that 36% of users had never sent a message.",
        &[
            "Indirect MDA <- MDA: phones were popular | ",
            "Indirect Continental Research <- It: 36% of users had never sent a message | ",
        ],
    );
    check(
        "Consoles\n\nSony has a million units ready for the launch of Sony's device. It also said it expected to ship three million units.",
        &["Indirect Sony <- It: it expected to ship three million units | "],
    );
    check(
        "Sales\n\nRevenues slipped. It said revenues would recover.",
        &[],
    );
}

#[test]
fn according_to_before_a_coordinated_clause_reports_what_came_before() {
    // Before rules.171 "..., according to the MDA, and chat was given some publicity
    // ..." reported the whole sentence (blind set BF).
    check(
        "Ringtones\n\nBandAid was the fastest ever-selling ringtone this year, according to the MDA, and chat was given some publicity when Tony Blair answered questions.",
        &["Indirect MDA <- MDA: BandAid was the fastest ever-selling ringtone this year | "],
    );
}

#[test]
fn a_station_a_think_tank_and_an_early_acronym_are_the_bodies_named() {
    // Before rules.172 "The station also confirmed" after "a BBC Radio 2 special" was
    // "station"'s, "the Paris-based economics think tank said" after the OECD the think
    // tank's own, the headline's "BNP" stayed an acronym although the story wrote "a
    // British National Party leaflet", "According to the BNP's website, ..." reported
    // "website, ...", and "... 8% Axa said." no attribution (blind set BG).
    check(
        "Police probe BNP leaflet\n\nPolice are investigating a British National Party leaflet. According to the BNP's website, they have been posted to homes. The BNP has denied it is trying to stir up hatred.\n\nGeorge Michael is to perform as part of a BBC Radio 2 special. The station also confirmed that Chris Tarrant will be hosting a show.\n\nThe OECD cut its forecasts. However, the Paris-based economics think tank said the economy could recover. This equated to a growth rate of 8% Axa said.",
        &[
            "Indirect British National Party <- BNP's: they have been posted to homes | ",
            "Indirect British National Party <- BNP: it is trying to stir up hatred | ",
            "Indirect BBC <- The station: Chris Tarrant will be hosting a show | ",
            "Indirect OECD <- the Paris-based economics think tank: the economy could recover | ",
            "Indirect Axa <- Axa: This equated to a growth rate of 8% | ",
        ],
    );
}

#[test]
fn suggesting_a_clause_and_point_out_report_speech() {
    // Before rules.173 "Prof Etzioni criticises the US ..., suggesting it was done in
    // return for Pakistani help" and "Academics point out that" reported nothing (blind
    // set BH). "suggesting" before a noun phrase, or after a market's move, is no speech.
    check(
        "Risk\n\nProf Amitai Etzioni criticises the US for overlooking those reports, suggesting it was done in return for Pakistani help. Academics point out that there has not been any definitive research. The data suggests annual growth of just 0.2%, suggesting a much more hesitant recovery. But Indonesian and Indian stock markets reached record highs, suggesting that investors do not fear a major impact.",
        &[
            "Indirect Amitai Etzioni <- Prof Amitai Etzioni: it was done in return for Pakistani help | Pakistan",
            "Indirect Academics <- Academics: there has not been any definitive research | ",
        ],
    );
}

#[test]
fn a_capitalised_government_a_document_sent_by_someone_and_replied_in_kind() {
    // Before rules.174 "the Indian Government said" was a body called "Indian
    // Government" (the lowercase "government" was already India's), "A message sent to
    // Finnish security firm F-Secure by Google's security team said:" was F-Secure's,
    // and "Contepomi replied in kind four minutes into injury time" a statement (blind
    // set BI).
    check(
        "Trade\n\nMeanwhile, the Indian Government said the prospects remained very bright. A message sent to Finnish security firm F-Secure by Google's security team said: \"We think we can and should do better.\" But Contepomi replied in kind four minutes into injury time.",
        &[
            "Indirect India <- Indian Government: the prospects remained very bright | ",
            "Direct Google <- Google's: We think we can and should do better. | Finland, F-Secure",
        ],
    );
}

#[test]
fn as_many_as_after_said_headquarters_and_a_phrase_after_that_open_content() {
    // Before rules.175 "Yulia Tymoshenko said as many as 3,000 firms may ..." reported
    // nothing ("as" after "said" was read as "said as he launched"), "Tory headquarters
    // says he cannot stand" nothing, and "The Tories also claim that of the £750m the
    // prime minister pledged ..., only £41m had been spent" the prime minister's (blind
    // set BJ). "By the time those primaries concluded, as many as 40 percent of Clinton
    // voters said" stays the voters'.
    check(
        "Tories\n\nEarlier this month, new Prime Minister Yulia Tymoshenko said as many as 3,000 firms may have their privatisations reviewed. Tory headquarters says he cannot stand as a Conservative candidate. The Tories also claim that of the £750m the prime minister pledged in 2000 to invest on school sports facilities, only £41m had been spent.",
        &[
            "Indirect Yulia Tymoshenko <- Prime Minister Yulia Tymoshenko: as many as 3,000 firms may have their privatisations reviewed | ",
            "Indirect Conservative Party <- Tory: he cannot stand as a Conservative candidate | ",
            "Indirect Conservative Party <- Tories: of the £750m the prime minister pledged in 2000 to invest on school sports facilities, only £41m had been spent | Yulia Tymoshenko",
        ],
    );
}

#[test]
fn a_products_maker_made_clear_and_a_subordinate_clause_before_an_inverted_attribution() {
    // Before rules.176 "The company said" after "Game maker Valve ... Valve also said that
    // rumours about fake Half-Life 2 keys were false" was the game's (Valve, never
    // written after a company's noun, was taken for a person), "He also made clear he
    // intended to ..." reported nothing, and "If Steam proves effective ..., said Mr
    // Fahey, other game makers may be tempted ..." only its "if" clause (blind set BK).
    // "Documentary maker Michael Cockerell" stays a person.
    check(
        "Games\n\nGame maker Valve shut down the accounts. Valve also said that rumours about fake Half-Life 2 keys were false. The company said: \"The hack came from the community.\" Rob Fahey said the banning showed the power of Steam. He also made clear he intended to buy a copy. If Steam proves effective at cutting piracy, said Mr Fahey, other game makers may be tempted to set up copycat systems. Documentary maker Michael Cockerell said the film was fair.",
        &[
            "Indirect Valve <- Valve: rumours about fake Half-Life 2 keys were false | ",
            "Direct Valve <- The company: The hack came from the community. | ",
            "Indirect Rob Fahey <- Rob Fahey: the banning showed the power of Steam | ",
            "Indirect Rob Fahey <- He: he intended to buy a copy | ",
            "Indirect Rob Fahey <- Mr Fahey: If Steam proves effective at cutting piracy, said Mr Fahey, other game makers may be tempted to set up copycat systems | ",
            "Indirect Michael Cockerell <- Michael Cockerell: the film was fair | ",
        ],
    );
}

#[test]
fn quoted_telling_an_aged_title_a_modified_group_as_well_as_and_no_comma_before_said() {
    // Before rules.177 "London's Evening Standard quoted Mr Clarke telling Labour
    // activists ... that he wanted ..." reported the activists too and made the paper
    // the speaker of the "he said" after it, "the 47-year-old director said" was a new
    // director, "according to industry experts" reported nothing, nor did "He said as
    // well as educating children ..., it would also protect ..." or "... the complex
    // rules of cinematography and editing said John Wyver, from TV producer
    // Illuminations" (blind set BL). "the director said" after it is the same director.
    check(
        "Lessons\n\nHome Secretary Charles Clarke spoke in Gateshead. London's Evening Standard quoted Mr Clarke telling Labour activists in Gateshead that he wanted Britain to offer refuge. \"That's a moral duty,\" he said. Film-maker Spike Lee says representation is strong. \"It's a huge market,\" the 47-year-old director said. \"It's not a stepchild,\" the director said. Games aimed at \"casual players\" are set to be even bigger in 2005, according to industry experts. Songwriter Guy Chambers backed the scheme. He said as well as educating children about piracy, it would also protect young people. It will also be important that the tools are sophisticated enough to obey the rules of editing said John Wyver, from TV producer Illuminations.",
        &[
            "Indirect Charles Clarke <- Mr Clarke: he wanted Britain to offer refuge | United Kingdom",
            "Direct Charles Clarke <- he: That's a moral duty | ",
            "Indirect Spike Lee <- Spike Lee: representation is strong | ",
            "Direct Spike Lee <- director: It's a huge market | ",
            "Direct Spike Lee <- director: It's not a stepchild | ",
            "Mixed experts <- experts: Games aimed at \"casual players\" are set to be even bigger in 2005 | ",
            "Indirect Guy Chambers <- He: as well as educating children about piracy, it would also protect young people | ",
            "Indirect John Wyver <- John Wyver: It will also be important that the tools are sophisticated enough to obey the rules of editing | Illuminations, TV",
        ],
    );
}

#[test]
fn a_clause_after_an_inverted_attribution_although_and_a_condition_after_said() {
    // Before rules.178 "A major change of direction is needed ..., the shadow
    // chancellor said as the Tory Party spring conference began" reported nothing (the
    // clause after the verb hid the statement before it), nor did "..., although
    // insists he will return to the Davis Cup in 2006" or "but said if Lord Dubs'
    // private member's bill was passed by peers, he would urge MPs to oppose it" (blind
    // set BM). "In its offer, TWA said as an alternative ..., it would" is no statement
    // of "In its offer", and "asked if" stays a question.
    check(
        "Tories\n\nA major change of direction is needed in Britain if it is to prosper, the shadow chancellor said as the Tory Party spring conference began. Carlos Moya led Spain to victory but wants to focus on the Grand Slams in 2005, although insists he will return to the Davis Cup in 2006. Lord Falconer said the bill was flawed. He did not rule out change but said if the bill was passed by peers, he would urge MPs to oppose it. In its offer, TWA said as an alternative to a merger, it would buy the airline. Mr Smith asked if the bill was passed.",
        &[
            "Indirect shadow chancellor <- shadow chancellor: A major change of direction is needed in Britain if it is to prosper | United Kingdom, Conservative Party",
            "Indirect Carlos Moya <- Carlos Moya: he will return to the Davis Cup in 2006 | Spain",
            "Indirect Falconer <- Lord Falconer: the bill was flawed | ",
            "Indirect Falconer <- He: if the bill was passed by peers, he would urge MPs to oppose it | ",
        ],
    );
}

#[test]
fn a_friend_or_aide_of_someone_and_a_statement_to_someone() {
    // Before rules.179 "A close associate of former Yukos boss Mikhail Khodorkovsky has
    // told a court" was Khodorkovsky's, as "an aide to Agriculture Secretary Richard Lyng
    // said" was Lyng's, and "United's statement to the stock exchange said:" the stock
    // exchange's (blind set BN).
    check(
        "Yukos\n\nA close associate of former Yukos boss Mikhail Khodorkovsky has told a court that fraud charges levelled against him are \"false\". An aide to Agriculture Secretary Richard Lyng said the plan was dead. Friends of the singer said he was well. Manchester United's statement to the stock exchange said: \"The board has noted the speculation.\"",
        &[
            "Mixed close associate of former Yukos boss Mikhail Khodorkovsky <- close associate of former Yukos boss Mikhail Khodorkovsky: fraud charges levelled against him are \"false\" | ",
            "Indirect aide to Agriculture Secretary Richard Lyng <- aide to Agriculture Secretary Richard Lyng: the plan was dead | ",
            "Indirect Friends of the singer <- Friends of the singer: he was well | ",
            "Direct Manchester United <- Manchester United's: The board has noted the speculation. | ",
        ],
    );
}

#[test]
fn a_title_with_a_lowercase_portfolio_before_a_name() {
    // Before rules.181 ""...," the minister for civil aviation Praful Patel said" was
    // a minister nobody named (blind set BO), who took Richard Branson's name, the
    // person met before. "spokesman for anti-virus firm Trend Micro" still holds a
    // firm's post, not a person's name.
    check(
        "Airlines\n\nUK entrepreneur Richard Branson has said he is keen to start a local operation. \"The days of flying being a symbol of only maharajas are over,\" the minister for civil aviation Praful Patel said. Labour's deputy minister for women Jacqui Smith said the sums did not add up. Todd Thiemann, spokesman for anti-virus firm Trend Micro, said the move was not without risks.",
        &[
            "Indirect Richard Branson <- Richard Branson: he is keen to start a local operation | United Kingdom",
            "Direct Praful Patel <- minister for civil aviation Praful Patel: The days of flying being a symbol of only maharajas are over | ",
            "Indirect Jacqui Smith <- minister for women Jacqui Smith: the sums did not add up | Labour Party",
            "Indirect Todd Thiemann <- Todd Thiemann: the move was not without risks | ",
        ],
    );
}

#[test]
fn a_one_word_company_taken_for_a_person_is_the_company() {
    // Before rules.182 "The company said" after "Oracle has announced it is cutting ...
    // its smaller rival Peoplesoft last week" was Peoplesoft's: Oracle, a one-word name
    // with no given name, had been taken for a person (blind set BP).
    check(
        "Oracle\n\nOracle has announced it is cutting about 5,000 jobs following the takeover of its smaller rival Peoplesoft last week. The company said it would retain most of the staff.",
        &[
            "Indirect Oracle <- Oracle: it is cutting about 5,000 jobs following the takeover of its smaller rival Peoplesoft last week | ",
            "Indirect Oracle <- The company: it would retain most of the staff | ",
        ],
    );
}

#[test]
fn a_quoting_agency_a_firm_of_analysts_and_a_study_for_a_firm() {
    // Before rules.183 "“...,” the agency quoted worker David Ogden as saying" lost its
    // speaker to the report before it (the worker's descriptor hid the quote from the
    // attribution), as did "quoted Peoplesoft worker Ann Lee" (a body opening the
    // description hid the verb), "said the report" after "research from technology analysts
    // Gartner" was the report's (a plural before a one-word name had made Gartner a
    // person), and what "a two-year study" and "The study" said were theirs though
    // "The study, for net security firm Preventon" named who commissioned it (blind
    // sets BO and BP).
    check(
        "Mobiles\n\nMobile phones are enjoying a boom in sales, according to research from technology analysts Gartner. More than 674 million mobiles were sold last year, said the report. \"We are mourning the passing of a great company,\" the agency quoted worker David Ogden as saying. \"We will fight,\" the agency quoted Peoplesoft worker Ann Lee as saying.",
        &[
            "Indirect Gartner <- Gartner: Mobile phones are enjoying a boom in sales | ",
            "Indirect Gartner <- the report: More than 674 million mobiles were sold last year | ",
            "Direct David Ogden <- David Ogden: We are mourning the passing of a great company | ",
            "Direct Ann Lee <- Ann Lee: We will fight | ",
        ],
    );
    check(
        "Security\n\nOlder people are taking charge of protecting computers, according to a two-year study. The study, for net security firm Preventon, shows that messages are reaching surfers. The study predicts that 40% of buyers will be women in 2005.",
        &[
            "Indirect Preventon <- two-year study: Older people are taking charge of protecting computers | ",
            "Indirect Preventon <- The study: 40% of buyers will be women in 2005 | ",
        ],
    );
}

#[test]
fn a_possessive_owner_a_dated_statement_a_legal_charge_and_an_opening_participle() {
    // Before rules.184 (blind set BR): "according to the UK-published China Review" was
    // the UK's; "“...,” Midland Montagu's Maude said" was the bank's; "Internet
    // monitoring firm WebSideStory has charted ... and says" was the Internet's;
    // "Wednesday's statement said" reported nothing, nor, after "Greek prosecutors have
    // also charged them with faking a crash" (made a statement), was it the IAAF's;
    // "Describing Mr Jackson as “a good person”, the mother-of-nine said she feared ..."
    // reported only the quoted phrase; "argued against the bid" and "claimed top spot"
    // were statements; "..., a committee of MPs has warned" reported nothing, nor did
    // "..., the Commons science and technology committee added" ("and" and four words
    // were too many for a description), and "The committee said" after it was no
    // committee named, as "The institute said" after "The Nomura research institute said".
    check(
        "Dams\n\nOfficials ordered a halt to work on the river, according to the UK-published China Review. \"It suggests orders are depleting,\" Midland Montagu's Maude said. Internet monitoring firm WebSideStory has charted the population and says it is responsible for eroding the stranglehold of IE.",
        &[
            "Indirect China Review <- China Review: Officials ordered a halt to work on the river | ",
            "Direct Maude <- Maude: It suggests orders are depleting | ",
            "Indirect WebSideStory <- WebSideStory: it is responsible for eroding the stranglehold of IE | ",
        ],
    );
    check(
        "Sprinters\n\nThe IAAF said the explanations were \"unacceptable\". Greek prosecutors have also charged them with faking a crash. Wednesday's statement said the Greek Federation would convene a hearing. Argentina claimed top spot in Group A.",
        &[
            "Mixed International Association of Athletics Federations <- IAAF: the explanations were \"unacceptable\" | ",
            "Indirect International Association of Athletics Federations <- statement: the Greek Federation would convene a hearing | Greek Federation",
        ],
    );
    check(
        "Jackson\n\nDefence lawyers argued against the bid by Associated Press. Describing Mr Jackson as \"a good person\", the mother-of-nine said she feared he would not be given a fair trial. Anglers could be prosecuted, a committee of MPs has warned.",
        &[
            "Direct mother-of-nine <- the mother-of-nine: a good person | ",
            "Indirect mother-of-nine <- the mother-of-nine: she feared he would not be given a fair trial | ",
            "Indirect committee of MPs <- committee of MPs: Anglers could be prosecuted | ",
        ],
    );
    check(
        "Skills\n\nThere was an \"absolute crisis\" in recruitment, the Commons science and technology committee added. The committee said the council's resources were limited. The Nomura research institute said profits would fall. The institute said demand was weak.",
        &[
            "Mixed Commons science and technology committee <- the Commons science and technology committee: There was an \"absolute crisis\" in recruitment | ",
            "Indirect Commons science and technology committee <- The committee: the council's resources were limited | ",
            "Indirect Nomura research institute <- The Nomura research institute: profits would fall | ",
            "Indirect Nomura research institute <- The institute: demand was weak | ",
        ],
    );
}

#[test]
fn posted_figures_a_decimal_sentence_end_an_agentless_passive_and_a_name_spelt_apart() {
    // Before rules.185 (blind set BS): "TimeWarner posted a profit of $3.36bn, ...,
    // while revenues grew 6.4% to $42.09bn." was a statement that ran on into the next
    // sentence's quotation (a decimal figure kept its period as an abbreviation does),
    // so Richard Parsons lost his words; "TimeWarner" and "Time Warner" were two actors,
    // the second a person; "HSDPA has been described as “3G on steroids”" was HSDPA's;
    // "..., a committee of MPs and peers has warned" reported nothing. "has been
    // branded a “disgraceful waste” by MPs" stays the MPs'.
    check(
        "Results\n\nProfits at US media giant TimeWarner jumped 76%. TimeWarner said fourth quarter sales rose 2%. Time Warner said on Friday that it now owns 8% of Google. For the full-year, TimeWarner posted a profit of $3.36bn, up 27%, while revenues grew 6.4% to $42.09bn. \"Our financial performance was strong,\" chairman and chief executive Richard Parsons said.",
        &[
            "Indirect Time Warner <- TimeWarner: fourth quarter sales rose 2% | ",
            "Indirect Time Warner <- Time Warner: it now owns 8% of Google | Google",
            "Direct Richard Parsons <- chief executive Richard Parsons: Our financial performance was strong | ",
        ],
    );
    check(
        "Phones\n\nHSDPA has been described as \"3G on steroids\" and could offer faster downloads. A failed scheme has been branded a \"disgraceful waste\" by MPs. Deaths in custody have reached \"shocking\" levels, a committee of MPs and peers has warned.",
        &[
            "Mixed MPs <- MPs: disgraceful waste | ",
            "Mixed committee of MPs and peers <- committee of MPs and peers: Deaths in custody have reached \"shocking\" levels | ",
        ],
    );
}

#[test]
fn quotes_after_a_speaker_named_behind_a_quote_and_a_person_behind_a_nationality() {
    // Before rules.186 (blind set BT): quotations reopening after "“...,” Dr Mark Tuffy
    // games systems director at digital content firm THX told the BBC News website."
    // were nobody's; "said Spanish teenager Nadal" and "Reuters quoted a central bank
    // official as saying" behind a quote were Spain's and Reuters'; "the 27-year-old
    // Austrian said" was Austria; "said Mr Skeens of Brownsville" was a person named
    // "Skeens of Brownsville".
    check(
        "Consoles\n\n\"In the next generation HD support is mandatory,\" Dr Mark Tuffy games systems director at digital content firm THX told the BBC News website. \"Every game is going to be playable in HD. \"It is going to change gaming.\"",
        &[
            "Direct Mark Tuffy <- Dr Mark Tuffy: In the next generation HD support is mandatory | THX",
            "Direct Mark Tuffy <- Dr Mark Tuffy: Every game is going to be playable in HD. | THX",
            "Direct Mark Tuffy <- Dr Mark Tuffy: It is going to change gaming. | THX",
        ],
    );
    check(
        "Tennis\n\nRafael Nadal beat Potito Starace. \"It is always a problem to stop for rain,\" said Spanish teenager Nadal. \"It is a question of sovereignty,\" Reuters quoted a central bank official as saying.",
        &[
            "Direct Rafael Nadal <- Nadal: It is always a problem to stop for rain | Spain",
            "Direct official <- official: It is a question of sovereignty | ",
        ],
    );
    check(
        "Ban\n\nStefan Koubek says he has been banned. \"I have acted correctly,\" the 27-year-old Austrian said in a statement.\n\nTrevin Skeens alleges the store knew. \"I do not want other families to get this,\" said Mr Skeens of Brownsville.",
        &[
            "Indirect Stefan Koubek <- Stefan Koubek: he has been banned | ",
            "Direct Stefan Koubek <- Austrian: I have acted correctly | ",
            "Indirect Trevin Skeens <- Trevin Skeens: the store knew | ",
            "Direct Trevin Skeens <- Mr Skeens of Brownsville: I do not want other families to get this | ",
        ],
    );
}

#[test]
fn a_who_clause_naming_another_a_possessive_title_closing_and_an_idiom() {
    // Before rules.187 (blind set BU): "And Rusedski, who takes on Roger Federer at the
    // Qatar Open later on Wednesday, conceded that ..." was Federer's, as "Jackson, who
    // is currently filming a remake of Hollywood classic King Kong, said" was a person
    // named Kong's; "..., its chief executive has said." reported nothing; "The veteran
    // lock, who is 36 at the end of February, told BBC Wales Scrum V that" reported
    // nothing; "The name says it all: it is web-based radio" was the name's. "Marca's
    // headline says it all: “...”" still quotes the headline.
    check(
        "Tennis\n\n\"I tried to order some,\" Greg Rusedski said. And Rusedski, who takes on Roger Federer at the Qatar Open later on Wednesday, conceded that the changes will be beneficial. Mittal Steel could cut up to 45,000 jobs, its chief executive has said. Wales lock Gareth Llewellyn will retire. The veteran lock, who is 36 at the end of February, told BBC Wales Scrum V that it is time for him to go.",
        &[
            "Direct Greg Rusedski <- Greg Rusedski: I tried to order some | ",
            "Indirect Greg Rusedski <- Rusedski: the changes will be beneficial | ",
            "Indirect chief executive <- chief executive: Mittal Steel could cut up to 45,000 jobs | ",
            "Indirect Gareth Llewellyn <- The veteran lock: it is time for him to go | ",
        ],
    );
    check(
        "Radio\n\nSo Millan launched a website. The name says it all: it is web-based radio. Marca's headline says it all: \"Rooney became crazy in the Bernabeu.\"",
        &[
            "Direct Marca <- Marca's: Rooney became crazy in the Bernabeu. | ",
        ],
    );
}

#[test]
fn what_a_book_or_a_film_tells_is_its_story() {
    // Before rules.188 (blind set BV): "Wolf Brother tells the story of Torak, ..." was
    // a statement of the book's, and in its article "Wasp tells the story of a young
    // mum" made a person of the film Wasp, who then took the film-maker's "she
    // explains". The film-maker keeps her words.
    check(
        "Books\n\nIt was published in 2004. Wolf Brother tells the story of Torak, a 12-year-old hunter who lives in the forest.",
        &[],
    );
    check(
        "Oscars\n\n\"I felt so privileged,\" says Andrea Arnold. Arnold's gritty drama Wasp is about a single mother. Set in her native Dartford, Wasp tells the story of a young mum. \"I just start with an image,\" she explains.",
        &[
            "Direct Andrea Arnold <- Andrea Arnold: I felt so privileged | ",
            "Direct Andrea Arnold <- she: I just start with an image | ",
        ],
    );
}

#[test]
fn an_ampersand_acronym_and_a_who_clause_without_commas() {
    // Before rules.189 (blind set BW): "S&P said" after "Standard & Poor's has classed"
    // was an actor of its own (an acronym with an ampersand found no name), and "The
    // 28-year-old host who also presents Stars In Their Eyes said" was a person named
    // "Eyes".
    check(
        "Ratings\n\nStandard & Poor's has classed Russian bonds as investment grade. S&P said the solidity of government finances outweighed the risk.",
        &[
            "Indirect Standard & Poor <- S&P: the solidity of government finances outweighed the risk | ",
        ],
    );
    check(
        "Presenter\n\nCat Deeley has resigned as host of CD:UK. The 28-year-old host who also presents Stars In Their Eyes said she wanted to concentrate on new projects.",
        &[
            "Indirect Cat Deeley <- The 28-year-old host: she wanted to concentrate on new projects | ",
        ],
    );
}

#[test]
fn letters_after_a_name_are_no_speaker_of_their_own() {
    // Before rules.190 (blind set BX): "Deputy High Court Judge Richard Mawrey, QC told
    // the hearing ..." was the speech of someone named "QC".
    check(
        "Court\n\nDeputy High Court Judge Richard Mawrey, QC told the hearing the case could have serious consequences.",
        &[
            "Indirect Richard Mawrey <- Deputy High Court Judge Richard Mawrey: hearing the case could have serious consequences | ",
        ],
    );
}

#[test]
fn a_portfolio_joined_by_and_before_a_secretary_or_minister() {
    // Before rules.191 (blind set BY): "and" split "Work and Pensions Secretary Alan
    // Johnson" into two names, and the closing attribution found no speaker; the run
    // still splits at "and" when it names someone ("Gerhard Schroeder and Italian Prime
    // Minister Silvio Berlusconi").
    check(
        "Agency\n\nMinisters would not rule out scrapping the agency if it failed to improve, Work and Pensions Secretary Alan Johnson has warned.",
        &[
            "Indirect Alan Johnson <- Work and Pensions Secretary Alan Johnson: Ministers would not rule out scrapping the agency if it failed to improve | ",
        ],
    );
    check(
        "Euro\n\nGerman Chancellor Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi voiced concerns. Mr Schroeder said stability in currency markets required a correction.",
        &[
            "Indirect Gerhard Schroeder <- Mr Schroeder: stability in currency markets required a correction | ",
        ],
    );
}

#[test]
fn its_business_closing_a_sentence_reports_it() {
    // Before rules.191 (blind set BY): "its" before a business's noun was no speaker
    // ("his lawyer said" was), so the sentence before "..., its central bank says" was
    // nobody's.
    check(
        "Korea\n\nSouth Korea looks set to sustain its revival thanks to renewed private consumption, its central bank says.",
        &[
            "Indirect central bank <- its central bank: South Korea looks set to sustain its revival thanks to renewed private consumption | South Korea",
        ],
    );
    check(
        "Film\n\nHowl's Moving Castle is to be released in 50 countries around the world, its distributor has said.",
        &[
            "Indirect distributor <- its distributor: Howl's Moving Castle is to be released in 50 countries around the world | ",
        ],
    );
}

#[test]
fn a_stray_comma_between_a_named_subject_and_said() {
    // Before rules.192 (blind set BY): "The men's solicitor Matthew Knight, said that
    // ..." found no speaker across the comma; a participle after such a comma is no
    // reporting verb ("Szilard Nemeth, recalled in place of Joseph-Desire Job, was
    // twice denied").
    check(
        "Protest\n\nThe men's solicitor Matthew Knight, said that at no time had it occurred to the men that they were committing a criminal offence.",
        &[
            "Indirect Matthew Knight <- Matthew Knight: at no time had it occurred to the men that they were committing a criminal offence | ",
        ],
    );
    check(
        "Match\n\nSzilard Nemeth, recalled in place of Joseph-Desire Job, was twice denied his chance by Dean Kiely.",
        &[],
    );
}

#[test]
fn a_count_of_people_or_bodies_opens_a_description() {
    // Before rules.192 (blind set BY): "All three men said that ..." had no speaker, as
    // a number was no determiner; a count of days or of a share is still none.
    check(
        "Music\n\nAll three men said that the social interaction of mobile music would drive the market.",
        &[
            "Indirect three men <- three men: the social interaction of mobile music would drive the market | ",
        ],
    );
    check(
        "Rates\n\nFive banks said they would cut their maximum lending rates to small borrowers.",
        &[
            "Indirect Five banks <- Five banks: they would cut their maximum lending rates to small borrowers | ",
        ],
    );
    check(
        "Talks\n\nReagan said he would consider talks, but three days later said Congress would first have to bend.",
        &[
            "Indirect Reagan <- Reagan: he would consider talks, but three days later said Congress would first have to bend | U.S. Congress",
        ],
    );
}

#[test]
fn it_after_although_or_but_is_the_body_that_opened_the_sentence() {
    // Before rules.192 (blind set BY): "it" after "although" went to the organization
    // that opened the sentence before (GM), not to the one that opened its own; a
    // closing "..., it said" still names the body that gives the news.
    check(
        "Hybrids\n\nGM has a hybrid pickup on the market. Even sports car maker Porsche may join the race, although it insists it is still considering whether to hybridise its Cayenne SUV.",
        &[
            "Indirect Porsche <- it: it is still considering whether to hybridise its Cayenne SUV | ",
        ],
    );
    check(
        "Austmet\n\nMetal Traders Australasia Ltd said it formed a new unit, Austmet. Austmet has recruited a group of base metal traders, it said.",
        &[
            "Indirect Metal Traders Australasia Ltd <- Metal Traders Australasia Ltd: it formed a new unit, Austmet | ",
            "Indirect Metal Traders Australasia Ltd <- it: Austmet has recruited a group of base metal traders | ",
        ],
    );
    check(
        "Shearson\n\nAmerican Express has not commented on speculation it would offer part of Shearson to the public, but it has said it was continuing to review options for the brokerage.",
        &[
            "Indirect American Express <- it: it was continuing to review options for the brokerage | ",
        ],
    );
}

#[test]
fn a_pronoun_after_and_or_but_is_the_person_who_opened_the_sentence() {
    // Before rules.193 (blind set BZ): "O'Leary has been in talks over a new deal and he
    // said:" gave the quotation to Thomas Hitzlsperger, who opened the sentence before.
    check(
        "Villa\n\nAston Villa's Thomas Hitzlsperger is waiting to learn the future of manager David O'Leary before committing himself to a new contract. O'Leary has been in talks over a new deal and he said: \"I had a message from Thomas' agent.\"",
        &[
            "Direct David O'Leary <- he: I had a message from Thomas' agent. | ",
        ],
    );
    check(
        "Mac\n\nJohn Sculley, Apple chairman, declined to estimate sales, but he said the Mac SE should contribute significantly to Apple's bottom line.",
        &[
            "Indirect John Sculley <- he: the Mac SE should contribute significantly to Apple's bottom line | Apple",
        ],
    );
}

#[test]
fn a_peer_with_a_territorial_title_keeps_the_rank() {
    // Before rules.193 (blind set BZ): "Lord Roberts of Conwy" was named "Roberts of
    // Conwy", and "Lord Roberts" after it was someone else.
    check(
        "Arson\n\nEx-Welsh Office Minister Lord Roberts of Conwy denied security services were involved. Lord Roberts added that the police had done their job.",
        &[
            "Indirect Lord Roberts of Conwy <- Ex-Welsh Office Minister Lord Roberts of Conwy: security services were involved | ",
            "Indirect Lord Roberts of Conwy <- Lord Roberts: the police had done their job | ",
        ],
    );
}

#[test]
fn a_place_of_several_words_based_before_a_name_is_no_part_of_it() {
    // Before rules.194 (blind set BZ): "the San Francisco-based US Court of Appeals" was
    // a body named "San Francisco-based US Court of Appeals" ("Florida-based" alone was
    // already left out).
    check(
        "Court\n\nIn August 2004, the San Francisco-based US Court of Appeals ruled in favour of Grokster. The court said they were essentially in the same position that Sony was in.",
        &[
            "Indirect Court of Appeals <- The court: they were essentially in the same position that Sony was in | ",
        ],
    );
}

#[test]
fn a_verb_coordinated_after_an_opening_phrase_borrows_the_subject() {
    // Before rules.194 (blind set BZ): "In December, the EU pledged ... but said" found
    // no subject behind the opening phrase ("In December, the company cut ... but said"
    // did); the place ending such a phrase is no subject.
    check(
        "Arms\n\nIn December, the EU pledged to work towards lifting the ban but said it was not ready to do so yet.",
        &[
            "Indirect European Union <- EU: it was not ready to do so yet | ",
        ],
    );
    check(
        "Rally\n\nAt a June Trump campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also railed against immigrants, and explained how much it upset her to hear them speak in other languages.",
        &[],
    );
}

#[test]
fn a_year_between_a_subject_and_its_verb() {
    // Before rules.195 (blind set CA): "The Downing Street Strategy Unit in 2003 said
    // ..." found no subject ("The company on Monday said" did).
    check(
        "Race\n\nThe Downing Street Strategy Unit in 2003 said people from Indian and Chinese backgrounds were doing well on average.",
        &[
            "Indirect Strategy Unit <- Strategy Unit: people from Indian and Chinese backgrounds were doing well on average | India, China",
        ],
    );
}

#[test]
fn a_long_appositive_of_a_place_of_work_before_said() {
    // Before rules.196 (blind set CB): "Dr Erel Avineri, of the Centre for Transport at
    // the University of Bristol said:" gave the quotation to the centre; an appositive
    // left open before the verb was looked for only 14 tokens back and only after an
    // article or a title.
    check(
        "Design\n\nDr Erel Avineri, of the Centre for Transport at the University of Bristol said: \"The design is not adjusted to the needs of the elderly.\"",
        &[
            "Direct Erel Avineri <- Dr Erel Avineri: The design is not adjusted to the needs of the elderly. | ",
        ],
    );
}

#[test]
fn a_creed_after_a_given_name_is_a_surname() {
    // Before rules.196 (blind set CB): "Lawyer Louise Christian ... said" was "Lawyer
    // Louise", and "Louise Christian said" had no speaker: "Christian" opens names
    // ("Christian Aid") and ended this one.
    check(
        "Guantanamo\n\nLawyer Louise Christian, who represents Mr Abbasi, said the government should have acted sooner.",
        &[
            "Indirect Louise Christian <- Lawyer Louise Christian: the government should have acted sooner | ",
        ],
    );
}

#[test]
fn an_owner_before_the_titled_subject_of_a_coordinated_verb() {
    // Before rules.196 (blind set CB): "Moazzam Begg's Labour MP Roger Godsiff welcomed
    // his release, but said" gave the clause to Moazzam Begg; not past a verb ("Moody's
    // said Home Shopping leads ..., but noted" stays Moody's).
    check(
        "Release\n\nMoazzam Begg's Labour MP Roger Godsiff welcomed his release, but said questions remained unanswered.",
        &[
            "Indirect Roger Godsiff <- Labour MP Roger Godsiff: questions remained unanswered | Labour Party",
        ],
    );
}

#[test]
fn a_quotation_after_a_sentence_about_a_named_person_opening_the_paragraph() {
    // Before rules.196 (blind set CB): a quotation after "Fostering Network executive
    // director Robert Tapsfield criticised the existing system." was nobody's when no
    // one had spoken yet in its paragraph (after someone had, it was already the named
    // person's).
    check(
        "Fostering\n\nMs Hodge said: \"Foster carers must not be out of pocket.\"\n\nFostering Network executive director Robert Tapsfield criticised the existing system. \"There is just no logic to a system which values children differently depending on where they live.\"",
        &[
            "Direct Hodge <- Ms Hodge: Foster carers must not be out of pocket. | ",
            "Direct Robert Tapsfield <- Robert Tapsfield: There is just no logic to a system which values children differently depending on where they live. | ",
        ],
    );
}

#[test]
fn an_irregular_participle_opens_a_phrase_before_the_subject() {
    // Before rules.197 (blind set CC): "Born in New Jersey, Hill began ..." made New
    // Jersey the sentence's subject, and "she said" later was New Jersey's.
    check(
        "Obituary\n\nThe screenwriter Debra Hill has died aged 54. Born in New Jersey, Hill began her career as a production assistant.\n\nShe was regarded as a pioneer. \"Back when I started in 1974, there were very few women in the industry,\" she said in 2003.",
        &[
            "Direct Debra Hill <- she: Back when I started in 1974, there were very few women in the industry | ",
        ],
    );
}

#[test]
fn a_name_of_a_country_is_the_person_when_the_surname_stands_alone() {
    // Before rules.198 (blind set CD): "Olivier Tessier of Belgium" (a given name the
    // census lacks) stayed one unknown name, so "Tessier reached ... he said" went to
    // the last full name; a body's name keeps its place ("Writers Guild of America").
    check(
        "Tennis\n\nSecond seed Marco Dellacqua lost in straight sets to Olivier Tessier of Belgium.\n\nThird seed Pablo Ruiz beat American Tom Grady 6-2 6-3. Tessier reached the final in Sydney last month. \"It has been an amazing fortnight for me,\" he said.",
        &[
            "Direct Olivier Tessier <- he: It has been an amazing fortnight for me | ",
        ],
    );
    check(
        "Strike\n\nThe Writers Guild of America said its members had walked out at two networks.",
        &[
            "Indirect Writers Guild of America <- Writers Guild of America: its members had walked out at two networks | ",
        ],
    );
}

#[test]
fn a_coordinated_verb_before_a_quotation_borrows_the_subject_set_off_by_an_age() {
    // Before rules.198 (blind set CD): "Fenwick, 58, left his Eastfield Road post ...
    // and vowed: “...”" gave the quotation to the first name after the age's comma.
    check(
        "Manager\n\nNorthtown are expected to name Harry Fenwick as their new manager.\n\nFenwick, 58, left his Eastfield Road post in March and vowed: \"I will never manage a rival club.\"",
        &[
            "Direct Harry Fenwick <- Fenwick: I will never manage a rival club. | ",
        ],
    );
}

#[test]
fn a_number_opening_a_sentence_is_no_speaker() {
    // Before rules.198: "Four hours earlier, a campaign memo was released ... stating
    // that the defeat was “long expected.”" was the quotation of "Four".
    check(
        "Defeat\n\nThe rally ended late. Four hours earlier, a campaign memo was released as the polls closed stating that the defeat was \"long expected.\"",
        &[],
    );
}

#[test]
fn the_trade_newspaper_is_the_medium_named_last() {
    // Before rules.198 (blind set CD): "the Hollywood Reporter" was no medium, and "the
    // industry newspaper" stayed a description.
    check(
        "Sequel\n\nDirector Sam Oakes is in talks to direct a new horror film, according to the Hollywood Reporter.\n\nAccording to the industry newspaper, the studio had been trying to revive the series for years.",
        &[
            "Indirect Hollywood Reporter <- Hollywood Reporter: Director Sam Oakes is in talks to direct a new horror film | Sam Oakes",
            "Indirect Hollywood Reporter <- the industry newspaper: the studio had been trying to revive the series for years | ",
        ],
    );
}

#[test]
fn pointing_out_reports_for_the_sentence_subject() {
    // Before rules.199 (blind set CD): "pointing out" was no reporting phrase, and
    // "pointed out" took only a clause opened by "that".
    check(
        "Record\n\nMr Blair also defended his record, pointing out that it was his government that had brought in the minimum wage.",
        &[
            "Indirect Blair <- Mr Blair: it was his government that had brought in the minimum wage | ",
        ],
    );
    check(
        "Democracy\n\nOur system is not perfect, but as Churchill points out it is \"better than all the others\".",
        &[
            "Mixed Churchill <- Churchill: it is \"better than all the others\" | ",
        ],
    );
}

#[test]
fn a_quotation_after_a_sentence_a_pronoun_opens_is_the_person_it_stands_for() {
    // Before rules.199 (blind set CD): with no one quoted before it in its paragraph, a
    // quotation after "His main concern is security." went to the speaker quoted later
    // in the paragraph, not to the man the sentence is about.
    check(
        "Gadgets\n\nAt the meeting the scientist Baroness Jane Holloway cautioned we \"cannot drift into the future\".\n\nBut Baroness Holloway is worried about privacy. Mr Ian Ferris picks up the theme, pointing out there are many issues to settle first. His main concern is security. \"We are building devices that are in close contact with your body.\" How will our brains change? \"We cannot assume that the brain will stay the same,\" warns Baroness Holloway.",
        &[
            "Mixed Jane Holloway <- Baroness Jane Holloway: cannot drift into the future | ",
            "Indirect Ian Ferris <- Mr Ian Ferris: there are many issues to settle first | ",
            "Direct Ian Ferris <- Mr Ian Ferris: We are building devices that are in close contact with your body. | ",
            "Direct Jane Holloway <- Baroness Holloway: We cannot assume that the brain will stay the same | ",
        ],
    );
}

#[test]
fn a_place_s_people_noun_before_a_full_name_is_no_part_of_it() {
    // Before rules.200 (blind set CE): "New Yorker Frank Dillon" was the name, so
    // "Dillon" alone later was nobody known; "Morgan Stanley International" keeps its
    // given name.
    check(
        "Strategist\n\nBy any measure, New Yorker Frank Dillon is a seasoned strategist.\n\nDillon said the party could win seats.",
        &[
            "Indirect Frank Dillon <- Dillon: the party could win seats | ",
        ],
    );
    check(
        "Bonds\n\nDenmark is issuing a 200 mln ECU eurobond, lead manager Morgan Stanley International said.",
        &[
            "Indirect Morgan Stanley International <- Morgan Stanley International: Denmark is issuing a 200 mln ECU eurobond | Denmark, ECU",
        ],
    );
}

#[test]
fn a_feature_s_first_quotation_after_a_sentence_about_a_named_person_is_theirs() {
    // Before rules.200 (blind set CE): with nothing reported before it in the article, a
    // quotation after "On this point, Dillon is almost evangelical." was nobody's; and
    // one after "And he is scornful of the governing party." in a later paragraph did
    // not go on with him.
    check(
        "Strategist\n\nFrank Dillon is a seasoned campaigner. He has worked for parties on three continents.\n\nSo why this party? On this point, Dillon is almost evangelical.\n\n\"I met the party leader on a train and we talked for hours.\"\n\nSo he is here to help. And he is scornful of the governing party. \"The governing party has no idea what it wants.\"",
        &[
            "Direct Frank Dillon <- Dillon: I met the party leader on a train and we talked for hours. | ",
            "Direct Frank Dillon <- Dillon: The governing party has no idea what it wants. | ",
        ],
    );
}

#[test]
fn quotations_after_one_a_colon_opened_go_on_with_its_speaker() {
    // Before rules.200: in a match report's closing quotes the second quotation after
    // "- Northfield Rovers boss Sir Alan Ford:" went to Northfield Rovers (rules.196).
    check(
        "Derby\n\nNorthfield Rovers beat Southfield Albion 2-0 at the Park.\n\nSmith scored the first for Rovers and Albion never recovered.\n\n- Southfield Albion boss Kevin Dane: \"We had a great chance to take the lead. \"We started well but then we let them dictate the pace.\"\n\n- Northfield Rovers boss Sir Alan Ford: \"It was not our best performance of the season. \"At times we did not play with enough speed.\"",
        &[
            "Direct Kevin Dane <- Kevin Dane: We had a great chance to take the lead. | Southfield Albion",
            "Direct Kevin Dane <- Kevin Dane: We started well but then we let them dictate the pace. | Southfield Albion",
            "Direct Alan Ford <- Sir Alan Ford: It was not our best performance of the season. | Northfield Rovers",
            "Direct Alan Ford <- Sir Alan Ford: At times we did not play with enough speed. | Northfield Rovers",
        ],
    );
}

#[test]
fn a_clergyman_s_style_and_an_article_before_a_name_in_apposition_to_a_title() {
    // Before rules.201 (blind set CF): "The Bishop of Ely, the Rt Rev Dr John Harte,
    // ..." read "Rt Rev" as a name and stopped at "the", so "the Bishop said" later was
    // nobody named; "the Rt Hon" is no part of a name either.
    check(
        "Novel\n\nThe Bishop of Ely, the Rt Rev Dr John Harte, described the novel as a \"fine thriller\" but \"poor history\". Later the Bishop said there was no evidence for its claims.",
        &[
            "Mixed John Harte <- Rt Rev Dr John Harte: fine thriller | Ely",
            "Mixed John Harte <- Rt Rev Dr John Harte: poor history | Ely",
            "Indirect John Harte <- Bishop: there was no evidence for its claims | ",
        ],
    );
    check(
        "Plan\n\nThe Rt Hon Tony Blair MP said the plan was sound.",
        &["Indirect Tony Blair <- Tony Blair MP: the plan was sound | "],
    );
}

#[test]
fn a_firm_s_possessive_joined_by_and_owns_the_name_after_it() {
    // Before rules.202 (blind set CG): "added Hart and Finch's Priya Shah" split the
    // firm at "and" and gave the quotation to "Hart"; "Standard and Poor's Corp" is
    // still split as before.
    check(
        "Telecoms\n\n\"The rule change could really ignite interest in the market,\" added Hart and Finch's Priya Shah.",
        &[
            "Direct Priya Shah <- Hart and Finch's Priya Shah: The rule change could really ignite interest in the market | ",
        ],
    );
}

#[test]
fn a_pronoun_s_contraction_opening_a_sentence_is_no_name() {
    // Before rules.202 (blind set CG): "We've" opening a lobby's paragraphs was a
    // person, and "He said" after "Adair Turner's full report" went to it.
    check(
        "Pensions\n\nWe've called for the state pension to be increased. Many pensioners are disadvantaged by the current system.\n\nWe've drawn up a pensioners' manifesto. This will be sent to each of the candidates.\n\nPensions will be a big election issue even though the government has postponed the publication of Adair Turner's full report into the issue. He said the UK had one of the least generous pension systems in the world.",
        &[
            "Indirect Adair Turner <- He: the UK had one of the least generous pension systems in the world | United Kingdom",
        ],
    );
}

#[test]
fn according_to_reports_from_a_body_is_the_body() {
    // Before rules.203 (blind set CF): "According to reports from Russian News Agency
    // Interfax, ..." gave the clause to "reports" and began it at "from".
    check(
        "Merger\n\nAccording to reports from Russian News Agency Interfax, the merger should be completed within three months.",
        &[
            "Indirect Russian News Agency Interfax <- Russian News Agency Interfax: the merger should be completed within three months | ",
        ],
    );
}

#[test]
fn who_after_an_appositive_naming_kin_is_the_person_it_describes() {
    // Before rules.203 (blind set CF): "Princess Anna of Ruritania, the eldest daughter
    // of ex-King Otto of Ruritania, who said" was the king's.
    check(
        "Profile\n\nThis was underlined by a comment from his former girlfriend, Princess Anna of Ruritania, the eldest daughter of ex-King Otto of Ruritania, who said a relationship with him was \"work, work, work\".",
        &[
            "Mixed Princess Anna <- Princess Anna of Ruritania: a relationship with him was \"work, work, work\" | ",
        ],
    );
}

#[test]
fn a_lede_s_body_is_the_one_opening_the_next_paragraph_under_its_noun() {
    // Before rules.203 (blind set CD): "A US bank has said ..." stayed "US bank" when the
    // next paragraph opened with "Hollis Bank will put ..." and nobody there spoke first.
    check(
        "Payout\n\nA US bank has said it will donate $5m to the victims of a former dictator.\n\nHollis Bank will put the money in a special fund. More than 3,000 people were killed, an official report says.",
        &[
            "Indirect Hollis Bank <- A US bank: it will donate $5m to the victims of a former dictator | ",
            "Indirect official report <- an official report: More than 3,000 people were killed | ",
        ],
    );
}

#[test]
fn it_appears_opens_a_clause_whose_subject_follows() {
    // Before rules.204 (blind set CG): "But it now appears Hale is keen to wait" had no
    // subject, so "He added:" after it went to Bright, who had stated something before.
    check(
        "Manager\n\nAssistant coach Tom Hale has admitted he would like to succeed Ken Bright as manager.\n\n\"I will certainly be applying for it,\" Hale told the local radio station.\n\nHe was linked with a job at Oldham and Bright has stated he would not get in the way if Hale wanted to leave. But it now appears Hale is keen to wait for his chance. He added: \"By that time I will have been here for five years.\"",
        &[
            "Indirect Tom Hale <- Tom Hale: he would like to succeed Ken Bright as manager | ",
            "Direct Tom Hale <- Hale: I will certainly be applying for it | ",
            "Indirect Ken Bright <- Bright: he would not get in the way if Hale wanted to leave | Tom Hale",
            "Direct Tom Hale <- He: By that time I will have been here for five years. | ",
        ],
    );
}
