package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Brien",
                Html.escape("<script>alert(\"x\")</script> & O'Brien"));
        assertEquals("", Html.escape(null));
        assertEquals("Société Générale", Html.escape("Société Générale"));
    }

    @Test
    void scriptStringsCannotCloseTheScriptElement() {
        assertEquals("\"/a\\u003c/script\\u003e\\u0022\"", HomePage.jsString("/a</script>\""));
    }
}
