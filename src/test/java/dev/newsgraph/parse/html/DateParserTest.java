package dev.newsgraph.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DateParserTest {

    @Test
    void machineDatesKeepThePageOffset() {
        DateParser.Found f = DateParser.machine("2020-09-26T22:00:27+0100");
        assertEquals(LocalDate.of(2020, 9, 26), f.date());
        assertEquals(OffsetDateTime.parse("2020-09-26T22:00:27+01:00"), f.at());
        assertNull(DateParser.machine("2020-09-26T22:00:27").at(), "no offset, no instant");
        assertEquals(LocalDate.of(2020, 9, 26), DateParser.machine("2020-09-26").date());
    }

    @Test
    void writtenDatesInSeveralLanguages() {
        assertEquals(LocalDate.of(2018, 10, 9), DateParser.human("Published October 9, 2018 at 4:02 pm").date());
        assertEquals(LocalDate.of(2020, 1, 8), DateParser.human("By Emily Burack 8 January 2020, 3:51 pm").date());
        assertEquals(LocalDate.of(2018, 9, 25), DateParser.human("publiziert am 25. September 2018").date());
        assertEquals(LocalDate.of(2019, 3, 5), DateParser.human("5 de marzo de 2019").date());
        assertEquals(LocalDate.of(2020, 2, 21), DateParser.human("Feb 21, 2020").date());
        assertEquals(LocalDate.of(2020, 10, 2), DateParser.human("02/10/2020", true).date());
        assertEquals(LocalDate.of(2020, 2, 10), DateParser.human("02/10/2020", false).date());
        assertEquals(LocalDate.of(2020, 10, 2), DateParser.human("02.10.2020").date());
        assertNull(DateParser.human("no date here"));
    }
}
