package dev.cairn.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.English;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Location;
import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.memory.Turn;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.TermTranslator;
import dev.cairn.core.prompt.RenderedPrompt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractiveAnswererTest {
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer();

    private static Question ask(String text, String... earlier) {
        List<Turn> history = new ArrayList<>();
        for (String q : earlier) {
            history.add(new Turn(q, "…", Instant.EPOCH));
        }
        return new Question(InboundMessage.question(Platform.WEB, "web", new User("u1", "Ann"), text), history);
    }

    private static Passage passage(String doc, int page, String text) {
        return new Passage(doc + "#" + page, doc, doc + ".pdf", "web", Location.page(page), text, 0.8,
                Optional.empty());
    }

    @Test
    void quotesTheMatchingSentenceWithItsMarker() {
        Passage leave = passage("leave", 3, "Our office opens at nine. Employees accrue annual leave at 4 hours per "
                + "pay period. The cafeteria closes at two.");
        Answer answer = answerer.answer(ask("How much annual leave do employees accrue?"), List.of(leave),
                DeltaSink.NONE);

        assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(answer.text()).isEqualTo("Employees accrue annual leave at 4 hours per pay period. [1]");
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.index()).isEqualTo(1);
            assertThat(c.document()).isEqualTo("leave.pdf");
            assertThat(c.location().page()).hasValue(3);
            assertThat(c.quote()).contains("4 hours per pay period");
        });
    }

    @Test
    void numbersEachPassageItQuotesFromOnce() {
        Passage a = passage("a", 1, "Contractors accrue no annual leave.");
        Passage b = passage("b", 2, "Employees accrue annual leave monthly. Annual leave carries over.");
        Answer answer = answerer.answer(ask("annual leave accrue"), List.of(a, b), DeltaSink.NONE);

        assertThat(answer.citations()).extracting(c -> c.documentId()).containsExactly("a", "b");
        assertThat(answer.text()).contains("Contractors accrue no annual leave. [1]")
                .contains("Employees accrue annual leave monthly. [2]");
    }

    @Test
    void thePromptsGreetingGoesFirstAndItsNoAnswerTextReplacesCairns() {
        RenderedPrompt prompt = new RenderedPrompt("default", "team", "", "Hi Ann!", "Nothing on that, Ann.");
        Question question = new Question(InboundMessage.question(Platform.WEB, "web", new User("u1", "Ann"),
                "How many days of annual leave?"), List.of(), prompt);
        List<Passage> leave = List.of(new Passage("a#0", "a", "leave.pdf", "web", Location.page(1),
                "Employees get 13 days of annual leave.", 0.9, Optional.empty()));

        assertThat(answerer.answer(question, leave, DeltaSink.NONE).text())
                .isEqualTo("Hi Ann!\nEmployees get 13 days of annual leave. [1]");
        Answer nothing = answerer.answer(question, List.of(), DeltaSink.NONE);
        assertThat(nothing.text()).isEqualTo("Nothing on that, Ann.");
        assertThat(nothing.outcome()).isEqualTo(Outcome.NO_ANSWER);
    }

    @Test
    void saysPlainlyWhenNothingIsRelevantAndCitesNothing() {
        Answer answer = answerer.answer(ask("What is the capital of France?"), List.of(), DeltaSink.NONE);

        assertThat(answer.outcome()).isEqualTo(Outcome.NO_ANSWER);
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).isEqualTo(English.of("answer.no_answer")).doesNotContain("[");
    }

    @Test
    void aFollowUpPicksTheSentenceAboutBothTopics() {
        Passage p = passage("leave", 1, "Employees get 13 days of annual leave. Contractors follow their company's "
                + "policy for annual leave. Contractors must wear badges.");
        Answer answer = answerer.answer(ask("and for contractors?", "How many days of annual leave do we get?"),
                List.of(p), DeltaSink.NONE);

        assertThat(answer.text()).startsWith("• Contractors follow their company's policy for annual leave. [1]");
    }

    @Test
    void matchesChineseQuestionsToChineseSentences() {
        Passage p = passage("handbook", 2, "公司位于北京。员工每年享有十五天带薪年假。食堂中午开放。");
        Answer answer = answerer.answer(ask("员工有多少天年假？"), List.of(p), DeltaSink.NONE);

        assertThat(answer.text()).isEqualTo("员工每年享有十五天带薪年假。 [1]");
    }

    @Test
    void streamsTheTextItReturns() {
        List<String> deltas = new ArrayList<>();
        Answer answer = answerer.answer(ask("annual leave"), List.of(passage("a", 1, "Annual leave is 13 days.")),
                deltas::add);

        assertThat(String.join("", deltas)).isEqualTo(answer.text());
    }

    @Test
    void theSentenceHoldingTheAskedNumberGoesFirst() {
        Passage leave = passage("leave", 1, "Use or lose: annual leave hours above the carry over limit are lost. "
                + "Up to 240 hours of annual leave carry over.");
        Answer answer = answerer.answer(ask("how many hours of annual leave carry over?"), List.of(leave),
                DeltaSink.NONE);

        assertThat(answer.text()).isEqualTo("Up to 240 hours of annual leave carry over. [1]");
    }

    @Test
    void neverQuotesTheSameSentenceTwiceFromOverlappingPassages() {
        String shared = "Badges are processed every Wednesday.";
        Passage first = passage("badges", 1, "New staff need a badge. " + shared);
        Passage second = passage("badges", 2, shared + " Lost badges are replaced by the badge office.");
        Answer answer = answerer.answer(ask("what day are badges processed"), List.of(first, second), DeltaSink.NONE);

        assertThat(answer.text().split(java.util.regex.Pattern.quote(shared), -1)).hasSize(2);
        assertThat(answer.text()).startsWith(shared);
    }

    @Test
    void quotesAtMostThreeSentencesUnlessAListIsAsked() {
        Passage steps = passage("travel", 1, "Travel step one: book travel in Concur. Travel step two: get approval. "
                + "Travel step three: travel. Travel step four: file the travel voucher. Travel step five: get paid.");
        Passage more = passage("travel", 2, "Travel step six: keep travel receipts. Travel step seven: rest.");
        Answer plain = answerer.answer(ask("travel step"), List.of(steps, more), DeltaSink.NONE);
        Answer list = answerer.answer(ask("list the travel steps"), List.of(steps, more), DeltaSink.NONE);

        assertThat(plain.text().split("\n")).hasSize(3);
        assertThat(list.text().split("\n")).hasSizeGreaterThan(3).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void readsTheFocusOfEnglishAndChineseQuestions() {
        assertThat(QuestionFocus.of("how long does approval take").kind()).isEqualTo(QuestionFocus.Kind.NUMBER);
        assertThat(QuestionFocus.of("when is open season").kind()).isEqualTo(QuestionFocus.Kind.TIME);
        assertThat(QuestionFocus.of("my term is up next yr, when does peopleops start the renewal").kind())
                .isEqualTo(QuestionFocus.Kind.TIME);
        assertThat(QuestionFocus.of("what happens to my slack account when i leave").kind())
                .isNotEqualTo(QuestionFocus.Kind.TIME);
        assertThat(QuestionFocus.of("who do i contact about my voucher").kind()).isEqualTo(QuestionFocus.Kind.CONTACT);
        assertThat(QuestionFocus.of("want our launch tweeted, where do i ask").kind())
                .isEqualTo(QuestionFocus.Kind.CONTACT);
        assertThat(QuestionFocus.of("where do i park").kind()).isEqualTo(QuestionFocus.Kind.PLACE);
        assertThat(QuestionFocus.of("can i keep airline miles?").kind()).isEqualTo(QuestionFocus.Kind.YES_NO);
        assertThat(QuestionFocus.of("带薪育儿假有几周？").kind()).isEqualTo(QuestionFocus.Kind.NUMBER);
        assertThat(QuestionFocus.of("tell me about figma").kind()).isEqualTo(QuestionFocus.Kind.NONE);
        assertThat(QuestionFocus.of("whats the latest i can get my trip approved").kind())
                .isEqualTo(QuestionFocus.Kind.TIME);
        assertThat(QuestionFocus.of("which password manager are we supposed to use").kind())
                .isEqualTo(QuestionFocus.Kind.CHOICE);
        assertThat(QuestionFocus.of("which floor is the office on").kind()).isEqualTo(QuestionFocus.Kind.PLACE);
        assertThat(QuestionFocus.of("工作电脑用哪个密码管理器？").kind()).isEqualTo(QuestionFocus.Kind.CHOICE);
        assertThat(QuestionFocus.of("how long does approval take").heldBy("It takes 3 weeks.")).isTrue();
        assertThat(QuestionFocus.of("how long does approval take").heldBy("Approval is done by your lead.")).isFalse();
    }

    @Test
    void aShortAskedWordMatchesTheLongerWordsItStarts() {
        Passage sick = passage("leave", 1, "Sick leave is accrued every pay period. There is no maximum amount of sick "
                + "leave you can accrue.");
        Answer answer = answerer.answer(ask("is there a max on sick leave"), List.of(sick), DeltaSink.NONE);

        assertThat(answer.text()).isEqualTo("There is no maximum amount of sick leave you can accrue. [1]");
        assertThat(ExtractiveAnswerer.matches("max", "maximum")).isTrue();
        assertThat(ExtractiveAnswerer.matches("ma", "maximum")).isFalse();
    }

    @Test
    void theSentenceGivingTheAmountInTheAskedUnitGoesFirst() {
        Passage leave = passage("ppl", 1, "Paid parental leave is open to employees after 12 months of service. "
                + "You are entitled to 12 weeks of paid time off.");
        Answer answer = answerer.answer(ask("how many weeks of paid parental leave do we get?"), List.of(leave),
                DeltaSink.NONE);

        assertThat(answer.text()).startsWith("• You are entitled to 12 weeks of paid time off. [1]");
        assertThat(QuestionFocus.of("how many weeks of leave").answeredBy("It lasts twelve weeks.")).isTrue();
        assertThat(QuestionFocus.of("how many weeks of leave").answeredBy("after 12 months of service")).isFalse();
        assertThat(QuestionFocus.of("how long can I log in after I quit").answeredBy("for 3 years")).isTrue();
        assertThat(QuestionFocus.of("how far ahead do i request an interpreter").answeredBy("at least 72 hours before"))
                .isTrue();
        assertThat(QuestionFocus.of("how far ahead do i request an interpreter").answeredBy("Request interpreters."))
                .isFalse();
        assertThat(QuestionFocus.of("how far back should my work history go").answeredBy("the last 10 years")).isTrue();
        QuestionFocus clock = QuestionFocus.of("what time of day is the all hands?");
        assertThat(clock.asksForAnAmount()).isTrue();
        assertThat(clock.answeredBy("The all hands is every Tuesday at 1:30 p.m. Eastern.")).isTrue();
        assertThat(clock.answeredBy("The building closes at 7pm.")).isTrue();
        assertThat(clock.answeredBy("The all hands happens every 2 weeks.")).isFalse();
        assertThat(QuestionFocus.of("how often do I log in").answeredBy("log in every 9 weeks")).isTrue();
        assertThat(QuestionFocus.of("above what amount do I need receipts").answeredBy("over $75")).isTrue();
        assertThat(QuestionFocus.of("at what contract value do we do CPARS evals")
                .answeredBy("For contracts over the threshold (currently $250,000), we evaluate.")).isTrue();
        assertThat(QuestionFocus.of("at what contract value do we do CPARS evals")
                .answeredBy("The CO will initiate the CPARS form.")).isFalse();
        assertThat(QuestionFocus.of("who approves my trip").answeredBy("12 weeks")).isFalse();
    }

    @Test
    void aSentenceThatIntroducesAListBringsTheListsFirstFiveItems() {
        Passage lost = passage("equipment", 1, "Laptops are issued on your first day.\n"
                + "For a lost laptop, do the following as quickly as possible:\n"
                + "1. Follow the agency's steps.\n2. Inform your team.\n3. Your access may be removed.\n"
                + "4. Report it in #equipment.\n5. Change your passwords.\n6. Breathe.");
        Answer answer = answerer.answer(ask("my laptop got lost, what do i do"), List.of(lost), DeltaSink.NONE);

        assertThat(answer.text()).contains("• For a lost laptop, do the following as quickly as possible: [1]\n"
                + "• Follow the agency's steps. [1]\n• Inform your team. [1]\n• Your access may be removed. [1]\n"
                + "• Report it in #equipment. [1]\n• Change your passwords. [1]");
        assertThat(answer.text()).doesNotContain("Breathe");
    }

    @Test
    void aQuestionAskingForAnAmountThatNoSentenceStatesGetsNoAnswer() {
        Passage piv = passage("piv", 1, "Every employee gets a PIV card. You set your PIV PIN at the enrollment "
                + "center, and you need the PIN to log in.");
        Passage digits = passage("piv", 2, "Your PIV PIN must be 6 to 8 digits long.");
        Answer none = answerer.answer(ask("how many digits does my PIV pin need to be"), List.of(piv), DeltaSink.NONE);
        Answer some = answerer.answer(ask("how many digits does my PIV pin need to be"), List.of(piv, digits),
                DeltaSink.NONE);

        assertThat(none.outcome()).isEqualTo(Outcome.NO_ANSWER);
        assertThat(none.citations()).isEmpty();
        assertThat(some.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(some.text()).contains("6 to 8 digits");
        Answer how = answerer.answer(ask("how do i set my PIV pin"), List.of(piv), DeltaSink.NONE);
        assertThat(how.outcome()).isEqualTo(Outcome.ANSWERED);
    }

    @Test
    void aQuestionNamingSomethingWithADigitThatNoPassageNamesGetsNoAnswer() {
        Passage dates = passage("dates", 1, "All FY25 performance plans must be acknowledged by November 14. "
                + "FY26 plans are due October 31.");
        Answer fy27 = answerer.answer(ask("when are FY27 performance plans due"), List.of(dates), DeltaSink.NONE);
        Answer fy26 = answerer.answer(ask("when are FY26 performance plans due"), List.of(dates), DeltaSink.NONE);

        assertThat(fy27.outcome()).isEqualTo(Outcome.NO_ANSWER);
        assertThat(fy27.citations()).isEmpty();
        assertThat(fy26.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(fy26.text()).contains("FY26 plans are due October 31.");
    }

    @Test
    void aNameWithADigitIsHeldAsAWholeWordBesideChineseButANumbersPluralIsNoName() {
        assertThat(QuestionFocus.of("18F的团队有多少人").holdsNamesOf("18F的团队有八十人。")).isTrue();
        assertThat(QuestionFocus.of("what is 2FA").holdsNamesOf("Use 2FAX to log in.")).isFalse();
        assertThat(QuestionFocus.of("what is 2FA").holdsNamesOf("Use 2FA, always.")).isTrue();
        assertThat(QuestionFocus.of("how many Cessna 170s were built").holdsNamesOf("共生产了塞斯纳170型5174架。"))
                .isTrue();
    }

    @Test
    void aLimitOrSizeAskedWithoutAUnitIsAnsweredByANumberOrItsLack() {
        QuestionFocus storage = QuestionFocus.of("whats the storage limit on our google drive accounts?");
        QuestionFocus monitor = QuestionFocus.of("what size monitor comes in the home kit");

        assertThat(storage.asksForAnAmount()).isTrue();
        assertThat(storage.answeredBy("Each account holds 30 GB.")).isTrue();
        assertThat(storage.answeredBy("There is no storage limit.")).isTrue();
        assertThat(storage.answeredBy("18F can give your team access to our Google Drive.")).isFalse();
        assertThat(monitor.asksForAnAmount()).isTrue();
        assertThat(monitor.answeredBy("The kit has a 27-inch monitor.")).isTrue();
        assertThat(monitor.answeredBy("Submit an IT ticket for a remote workers home kit.")).isFalse();
    }

    @Test
    void anAmountInASentenceCopiedIntoAnotherPageIsNotConfirmedByTheCopy() {
        Passage leave = passage("leave", 1, "You can request up to 240 hours of advanced sick leave. "
                + "There is no maximum amount of sick leave you can accrue.");
        Passage advanced = passage("advanced", 1, "You can request up to 240 hours of advanced sick leave. "
                + "Term employees can request less.");
        Answer answer = answerer.answer(ask("is there a max on how much sick leave i can build up"),
                List.of(leave, advanced), DeltaSink.NONE);

        assertThat(answer.text()).startsWith("• There is no maximum amount of sick leave you can accrue. [1]");
    }

    @Test
    void theAmountAskedForIsReadFromChatWording() {
        assertThat(QuestionFocus.of("how much should we pay research participants").answeredBy("We pay $75 an hour."))
                .isTrue();
        assertThat(QuestionFocus.of("how many ppl can join a zoom call").answeredBy("Up to 300 people can join."))
                .isTrue();
        assertThat(QuestionFocus.of("how much of my week should be billable").asksForAnAmount()).isFalse();
        assertThat(QuestionFocus.of("who do i contact about my voucher").asksForAnAmount()).isFalse();
        assertThat(QuestionFocus.of("how many Cessna 170s were built").answeredBy("1948年至1956年共生产了5174架。"))
                .isTrue();
    }

    @Test
    void theUnitAskedForIsAWordOfTheNounAfterHowMany() {
        QuestionFocus seats = QuestionFocus.of("how many paid airtable editor seats does tts have");
        QuestionFocus people = QuestionFocus.of("max # of people in a slack huddle?");
        QuestionFocus holidays = QuestionFocus.of("how many paid federal holidays do we get a year?");

        assertThat(seats.answeredBy("TTS pays for 40 Airtable editor seats.")).isTrue();
        assertThat(seats.answeredBy("Each paid seat costs $20 and 3 people share the admin role.")).isFalse();
        assertThat(people.asksForAnAmount()).isTrue();
        assertThat(people.answeredBy("A huddle holds up to 50 people.")).isTrue();
        assertThat(holidays.answeredBy("You receive 8 hours of holiday pay.")).isFalse();
        assertThat(holidays.answeredBy("We get 11 paid federal holidays.")).isTrue();
        assertThat(QuestionFocus.of("is there a max on how much sick leave i can build up")
                .answeredBy("There is no maximum accrual.")).isTrue();
    }

    @Test
    void aContactQuestionPutsTheSentenceWithAnAddressFirst() {
        Passage blog = passage("blog", 1, "Our blog team is happy to work with guest authors on the blog. "
                + "If you have questions about the blog, ask in #blog or email blog@example.gov.");
        Answer answer = answerer.answer(ask("who do i contact about the blog"), List.of(blog), DeltaSink.NONE);

        assertThat(answer.text()).startsWith("• If you have questions about the blog, ask in #blog or email "
                + "blog@example.gov. [1]");
        QuestionFocus contact = QuestionFocus.of("who do i contact about the blog");
        assertThat(contact.answeredBy("call (202) 555-0100")).isTrue();
        assertThat(contact.answeredBy("see section #3 or the team page")).isFalse();
    }

    @Test
    void aQuestionAskingWhichOnePutsTheRecommendedChoiceFirst() {
        Passage passwords = passage("passwords", 1, "Password managers store every password you have. "
                + "For a password manager we recommend KeePassXC.");
        Answer answer = answerer.answer(ask("which password manager should we use"), List.of(passwords),
                DeltaSink.NONE);

        assertThat(answer.text()).startsWith("• For a password manager we recommend KeePassXC. [1]");
    }

    @Test
    void aSentenceWrappedOverSeveralLinesIsQuotedWhole() {
        Passage passwords = passage("passwords", 1, "Passwords\nWe recommend the password manager KeePassXC, which is "
                + "open source and\nruns on Windows, MacOS and Linux.\n- Never share a password.");
        Answer answer = answerer.answer(ask("which password manager do you recommend"), List.of(passwords),
                DeltaSink.NONE);

        assertThat(answer.text()).startsWith("We recommend the password manager KeePassXC, which is open source and "
                + "runs on Windows, MacOS and Linux. [1]");
        assertThat(WrappedLines.join("Title\nFirst line of a paragraph that is long enough to wrap\nhere.\n\n* item"))
                .isEqualTo("Title\nFirst line of a paragraph that is long enough to wrap here.\n\n* item");
    }

    @Test
    void aWordEveryRetrievedSentenceSharesWeighsLessThanARareOne() {
        Passage leave = passage("leave", 1, "Leave requests go to your supervisor in HR Links. "
                + "Leave balances are shown on your leave statement. Jury duty is recorded as court leave.");
        Answer answer = answerer.answer(ask("is jury duty leave or supervisor approval"), List.of(leave),
                DeltaSink.NONE);

        assertThat(answer.text()).contains("Jury duty is recorded as court leave.").doesNotContain("balances");
    }

    @Test
    void theQuoteOfALongPassageOpensNearAWrappedSentence() {
        String filler = "Unrelated words about the office kitchen and its kettle. ".repeat(20);
        Passage passwords = passage("passwords", 1, filler + "\nWe recommend the password manager KeePassXC, which "
                + "is open source and\nruns on Windows, MacOS and Linux.\n\n" + filler);
        Answer answer = answerer.answer(ask("which password manager do you recommend"), List.of(passwords),
                DeltaSink.NONE);

        assertThat(answer.citations()).singleElement()
                .satisfies(c -> assertThat(c.quote()).startsWith("…").contains("KeePassXC"));
    }
    @Test
    void anAmountSeveralDocumentsStateGoesBeforeOneMentionedInPassing() {
        Passage lwop = passage("ppl", 1, "You can request leave without pay of less than four weeks to extend your "
                + "parental leave.");
        Passage leave = passage("leave", 2, "You are entitled to 12 weeks of paid time off for a new child.");
        Passage fmla = passage("fmla", 3, "If you max out 12 weeks of PPL, that uses up your FMLA.");
        Answer answer = answerer.answer(ask("how many weeks of paid parental leave do we get?"),
                List.of(lwop, leave, fmla), DeltaSink.NONE);

        assertThat(answer.text()).startsWith("• You are entitled to 12 weeks of paid time off for a new child.");
        assertThat(QuestionFocus.of("how many weeks of leave").amountIn("a 12-week agreement")).hasValue("12 week");
        assertThat(QuestionFocus.of("how many weeks of leave").amountIn("Take 12 weeks.")).hasValue("12 week");
    }

    @Test
    void aSentenceNearlySameAsOneAlreadyQuotedIsLeftOut() {
        Passage hrLinks = passage("hrlinks", 1, "If you are in a bargaining unit, your HR specialist can confirm if "
                + "non-standard schedules are open to you.");
        Passage schedules = passage("schedules", 2, "If you are in a bargaining unit, our HR specialist can confirm "
                + "if the schedules are open to you. Your bargaining unit status is listed on the Employment tab.");
        Answer answer = answerer.answer(ask("how do i check if i'm in a bargaining unit"), List.of(hrLinks, schedules),
                DeltaSink.NONE);

        assertThat(answer.text()).contains("your HR specialist can confirm").doesNotContain("confirm if the schedules")
                .contains("Your bargaining unit status is listed on the Employment tab.");
    }

    @Test
    void aSumOfMoneyIsAskedInMoneyAndARateMayBeAPercent() {
        assertThat(QuestionFocus.of("above what amount do i need receipts").answeredBy("more than 20%")).isFalse();
        assertThat(QuestionFocus.of("above what amount do i need receipts").answeredBy("over $75")).isTrue();
        assertThat(QuestionFocus.of("what is the reduced rate on travel days").answeredBy("75% of M&IE")).isTrue();
        assertThat(QuestionFocus.of("how much is the fee").amountIn("It costs $1,250.")).hasValue("$1,250");
    }
    @Test
    void anEnglishQuestionFindsItsSentenceInAChinesePassageThroughTranslatedWords() {
        TermTranslator dictionary = text -> Map.of("accident", List.of("事故", "意外"), "hong kong", List.of("香港"));
        Passage hongKong = passage("hk", 1, "1993年香港\n1993年的香港经济增长很快。年中又发生严重工业意外，一架升降机直坠平台。");
        Answer plain = answerer.answer(ask("what accident happened in hong kong"), List.of(hongKong), DeltaSink.NONE);
        Answer translated = new ExtractiveAnswerer(dictionary).answer(ask("what accident happened in hong kong"),
                List.of(hongKong), DeltaSink.NONE);

        assertThat(plain.text()).doesNotContain("升降机");
        assertThat(translated.text()).contains("年中又发生严重工业意外，一架升降机直坠平台。 [1]");
    }

    @Test
    void aPassagesTitleLineIsNotQuoted() {
        Passage singapore = passage("sg", 1, "Singapore characters\nSingapore uses simplified characters since 1976.");
        Answer answer = answerer.answer(ask("which characters does singapore use"), List.of(singapore), DeltaSink.NONE);

        assertThat(answer.text()).isEqualTo("Singapore uses simplified characters since 1976. [1]");
        Passage items = passage("leave", 1, "Annual leave is 13 days\nSick leave is 13 days");
        assertThat(answerer.answer(ask("how many days of annual leave"), List.of(items), DeltaSink.NONE).text())
                .contains("Annual leave is 13 days [1]");
    }

    @Test
    void theBestSentenceHoldingTheFocusIsQuotedEvenWhenAnotherMatchesMoreWords() {
        Passage eap = passage("eap", 1, "The Employee Assistance Program is a free support resource for employees "
                + "of the agency and their family. You get six free sessions. The office is in Denver.");
        Answer answer = answerer.answer(ask("how many free visits does the employee assistance program give "
                + "employees of the agency and their family"), List.of(eap), DeltaSink.NONE);

        assertThat(answer.text()).startsWith("• You get six free sessions. [1]");
    }
    @Test
    void aNameWithDigitsFromTheQuestionIsNotTheNumberItAsksFor() {
        QuestionFocus focus = QuestionFocus.of("how often does 18F bill partner agencies");

        assertThat(focus.heldBy("18F supports the agency to a mutually agreed point.")).isFalse();
        assertThat(focus.heldBy("18F bills quarterly.")).isTrue();
        assertThat(focus.answeredBy("We bill on a quarterly basis.")).isTrue();
        assertThat(QuestionFocus.of("how many hours of leave").heldBy("18F staff get 4 hours")).isTrue();
    }
}
