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

    @Test
    void writtenDatesInMoreLanguagesAndScripts() {
        assertEquals(LocalDate.of(2022, 1, 27), DateParser.human("Veröffentlicht am 27. Januar 2022").date());
        assertEquals(LocalDate.of(2010, 12, 8), DateParser.human("8.Dezember 2010 um 09:43").date());
        assertEquals(LocalDate.of(2020, 11, 7), DateParser.human("7 листопада 2020").date());
        assertEquals(LocalDate.of(2016, 8, 15), DateParser.human("15 августа 2016, 13:43").date());
        assertEquals(LocalDate.of(2020, 10, 7), DateParser.human("الأربعاء، 07 أكتوبر 2020 - 12:09 م").date());
        assertEquals(LocalDate.of(2020, 4, 24), DateParser.human("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً").date());
        assertEquals(LocalDate.of(2020, 10, 7), DateParser.human("7 تشرين الأول 2020").date());
        assertEquals(LocalDate.of(2020, 11, 30), DateParser.human("2020年11月30日 10:00").date());
        assertEquals(LocalDate.of(2020, 11, 30), DateParser.human("2020년 11월 30일").date());
        assertEquals(LocalDate.of(2023, 11, 7), DateParser.human("Written: 2023-11-07 15:03:30").date());
        assertEquals(LocalDate.of(2020, 11, 30), DateParser.human("30/11/2020").date());
        assertEquals(LocalDate.of(2019, 11, 30), DateParser.human("30 Kasım 2019").date());
        assertEquals(LocalDate.of(2021, 3, 2), DateParser.human("2 marca 2021").date());
        assertNull(DateParser.human("Nov. 30"), "no year, no date");
    }

    @Test
    void twoDigitYearsOnlyWhereADateIsExpected() {
        assertNull(DateParser.human("31.10.23"));
        assertEquals(LocalDate.of(2023, 10, 31), DateParser.dateOnly("Von: Björn Jahner | 31.10.23", true).date());
        assertNull(DateParser.dateOnly("Version 1.2.10", true));
    }

    @Test
    void aSlashedDateThatReadsBothWaysKnowsItsOtherReading() {
        DateParser.Found f = DateParser.human("08/11/2023 | 20:26 PM", false);
        assertEquals(LocalDate.of(2023, 8, 11), f.date());
        assertEquals(true, f.mayBe(LocalDate.of(2023, 11, 8)));
        assertNull(DateParser.human("30/11/2020").swapped());
        assertNull(DateParser.human("08.11.2023").swapped(), "dots are day first");
    }
}
