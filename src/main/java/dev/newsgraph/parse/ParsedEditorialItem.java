package dev.newsgraph.parse;

import java.time.LocalDate;

public record ParsedEditorialItem(String section, String title, String teaser, String url, LocalDate date,
        boolean updated) {
}
