package dev.leakcheck.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What no report can show is dropped (control characters) or replaced (what is no character). */
class PrintableTextTest {

    @Test
    void line_breaks_and_tabs_stay_other_controls_go() {
        assertThat(PrintableText.of("a\nb\tc\r\u0000\u001b[31m\u007f\u0085d")).isEqualTo("a\nb\tc[31md");
    }

    @Test
    void half_a_surrogate_pair_and_noncharacters_become_the_replacement_character() {
        assertThat(PrintableText.of("x\ud800y\udfffz\uffff\ufdd0")).isEqualTo("x\ufffdy\ufffdz\ufffd\ufffd");
        assertThat(PrintableText.of("😀 \ud83d\ude00")).isEqualTo("😀 😀");
    }

    @Test
    void text_without_such_characters_is_returned_as_it_is() {
        String text = "受信者にお詫びし、<メール> を削除";
        assertThat(PrintableText.of(text)).isSameAs(text);
    }
}
