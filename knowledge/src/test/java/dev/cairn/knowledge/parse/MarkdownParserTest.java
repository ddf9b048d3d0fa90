package dev.cairn.knowledge.parse;

import static dev.cairn.knowledge.parse.Parsing.texts;
import static dev.cairn.knowledge.parse.Parsing.textsAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cairn.core.Location;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {
    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void headingsFormTheSectionPath() throws Exception {
        String markdown = """
                Before any heading.

                # Leave

                Everyone gets leave.

                ## Sick leave

                Bring a doctor's note
                after three days.

                ### Children

                Parents may stay home.

                ## Annual leave

                Fifteen days a year.
                """;

        ParsedDocument document = parser.parse("leave.md", markdown);

        assertThat(document.blocks()).containsExactly(
                new Block(Location.none(), "Before any heading."),
                new Block(Location.section("Leave"), "Everyone gets leave."),
                new Block(Location.section("Leave › Sick leave"), "Bring a doctor's note after three days."),
                new Block(Location.section("Leave › Sick leave › Children"), "Parents may stay home."),
                new Block(Location.section("Leave › Annual leave"), "Fifteen days a year."));
        assertThat(document.mediaType()).isEqualTo("text/markdown");
        assertThat(document.pages()).isZero();
    }

    @Test
    void frontMatterIsStrippedAndItsTitleIsTheDocumentTitle() throws Exception {
        String markdown = """
                ---
                title: "Employee Handbook"
                owner: people-team
                ---
                # Leave

                Everyone gets leave.
                """;

        ParsedDocument document = parser.parse("handbook.md", markdown);

        assertThat(document.title()).isEqualTo("Employee Handbook");
        assertThat(texts(document)).containsExactly("Everyone gets leave.");
    }

    @Test
    void titleIsTheFirstH1WithoutFrontMatterTitleAndTheFileNameWithoutEither() throws Exception {
        assertThat(parser.parse("a.md", "---\nowner: x\n---\nIntro.\n\n# 员工手册\n\n# Second\n\nText.").title())
                .isEqualTo("员工手册");
        assertThat(parser.parse("notes.md", "## Only a subheading\n\nText.").title()).isEqualTo("notes.md");
    }

    @Test
    void tableRowsReadAsHeaderValuePairs() throws Exception {
        String markdown = """
                # Contacts

                | Team | Channel | Pager |
                |------|---------|-------|
                | Infra | #infra | yes |
                | Web | `#web` | |
                """;

        ParsedDocument document = parser.parse("contacts.md", markdown);

        assertThat(textsAt(document, "Contacts")).containsExactly(
                "Team: Infra; Channel: #infra; Pager: yes", "Team: Web; Channel: #web");
    }

    @Test
    void listItemsAndCodeBlocksAreBlocksOfTheirOwn() throws Exception {
        String markdown = """
                ## Deploy

                1. Build the **release** jar
                2. Copy it to [the bastion](https://example.com)
                   - check the checksum

                ```bash
                scp app.jar bastion:
                ssh bastion ./restart.sh
                ```
                """;

        ParsedDocument document = parser.parse("deploy.md", markdown);

        assertThat(textsAt(document, "Deploy")).containsExactly(
                "Build the release jar",
                "Copy it to the bastion",
                "check the checksum",
                "scp app.jar bastion:\nssh bastion ./restart.sh");
    }

    @Test
    void markdownWithoutTextIsRefused() {
        UnparsableDocumentException refusal = catchThrowableOfType(UnparsableDocumentException.class,
                () -> parser.parse("empty.md", "---\ntitle: Empty\n---\n\n---\n"));

        assertThat(refusal.code()).isEqualTo("no_text");
        assertThat(refusal.getMessage()).contains("empty.md");
    }

    @Test
    void templateTagsAreRemovedAndPageTagsBecomeTheirAddress() throws Exception {
        String markdown = """
                # Travel

                [Book your flight]({% page "/travel/booking/#flights" %}) before {{ site.deadline }} Friday.{% include note.html %}
                """;

        ParsedDocument document = parser.parse("travel.md", markdown);

        assertThat(document.blocks()).containsExactly(new Block(Location.section("Travel"), "Book your flight before Friday."));
    }

    @Test
    void tagsThatRenderWordsKeepThem() throws Exception {
        String markdown = """
                # Equipment

                {% alert "Lost or stolen laptop" %}
                Tell {% slack_channel "equipment" %} right away. {% image "_img/form.png" "the report form" %} is online.
                {% endalert %}
                """;

        ParsedDocument document = parser.parse("equipment.md", markdown);

        assertThat(document.blocks()).extracting(Block::text).containsExactly(
                "Lost or stolen laptop Tell #equipment right away. the report form is online.");
    }

    @Test
    void aTitleOrAltTextHoldingAnApostropheIsKeptWhole() throws Exception {
        String markdown = """
                {% alert "Don't travel without approval" %}
                See {% image '_img/form.png' "the manager's form" %} first.
                {% endalert %}
                """;

        assertThat(parser.parse("travel.md", markdown).blocks()).extracting(Block::text).containsExactly(
                "Don't travel without approval See the manager's form first.");
    }
}
