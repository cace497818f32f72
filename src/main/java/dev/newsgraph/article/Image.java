package dev.newsgraph.article;

import org.eclipse.microprofile.graphql.Description;

@Description("An image the page shows.")
public record Image(@Description("Absolute address of the image file.") String url,
        @Description("The caption shown with it, without the credit.") String caption,
        @Description("The photographer or agency credited.") String credit) {
}
