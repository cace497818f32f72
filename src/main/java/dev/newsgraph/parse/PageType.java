package dev.newsgraph.parse;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of page a document is; only an article is stored unless the input accepts any page.")
public enum PageType {
    @Description("A page whose main content is one article, story or post.")
    ARTICLE,
    @Description("A page that lists other pages: a section front, a tag, category or search page, a list of links.")
    LISTING,
    @Description("Anything else: a login, error, about or contact page, a page of only navigation, media without text.")
    OTHER
}
