package dev.newsgraph.editorial;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("EditorialItemFilter")
@Description("Conditions an editorial item must meet; all given ones apply.")
public class EditorialItemFilter {

    @Description("Only items of lists with this heading (Editorial, Opinion, ...; any case).")
    public String section;

    @Description("Only items listed by pages of this publication, spelled exactly as EditorialItem.source.")
    public String source;

    @Description("Only items dated on or after this date.")
    public LocalDate from;

    @Description("Only items dated on or before this date.")
    public LocalDate to;

    @Description("Only items whose title or teaser matches these words (full-text search).")
    public String search;
}
