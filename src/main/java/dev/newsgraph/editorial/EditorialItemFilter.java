package dev.newsgraph.editorial;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Input;

@Input("EditorialItemFilter")
public class EditorialItemFilter {

    public String section;

    public String source;

    public LocalDate from;

    public LocalDate to;

    public String search;
}
