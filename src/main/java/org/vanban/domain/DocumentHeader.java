package org.vanban.domain;

import java.time.LocalDate;

/**
 * Header metadata as the document states it. Every field may be null when the text does not say.
 *
 * @param number      the document's own number as normalized ("86/KH-UBND"), null when it has none
 * @param type        the type as documents name themselves ("Kế hoạch", "Nghị quyết", "Bài báo")
 * @param issuer      the issuing body ("Ủy ban nhân dân thành phố Hải Phòng")
 * @param place       the place in the place-and-date line ("Hải Phòng")
 * @param issuedDate  the date of issue ("ngày 19 tháng 3 năm 2020" gives 2020-03-19)
 * @param meetingDate for a resolution adopted at a meeting, the meeting's date when no issue date is given
 * @param title       the title (subject line) as printed, whitespace collapsed
 * @param signer      the person who signed
 * @param about       for a news article, the number of the document it reports on ("7/NQ-CP")
 * @param source      for a news article, the publishing site ("VietnamPlus")
 */
public record DocumentHeader(
        String number,
        String type,
        String issuer,
        String place,
        LocalDate issuedDate,
        LocalDate meetingDate,
        String title,
        String signer,
        String about,
        String source) {

    public static DocumentHeader empty() {
        return new DocumentHeader(null, null, null, null, null, null, null, null, null, null);
    }
}
