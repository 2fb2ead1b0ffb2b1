package vn.thidua.common.decision;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The official document an act cites, e.g. "Quyết định số 138/QĐ-UBND ngày 15/02/2024". */
@Embeddable
public class DecisionRef {

    @Column(name = "decision_number")
    public String number;

    @Column(name = "decision_date")
    public LocalDate date;

    @Column(name = "decision_issuer")
    public String issuer;

    @Column(name = "decision_title")
    public String title;

    public static DecisionRef from(DecisionRefData data) {
        if (data == null) {
            return null;
        }
        DecisionRef ref = new DecisionRef();
        ref.number = data.number().trim();
        ref.date = data.date();
        ref.issuer = data.issuer().trim();
        ref.title = data.title() == null || data.title().isBlank() ? null : data.title().trim();
        return ref;
    }

    public DecisionRefData toData() {
        return number == null ? null : new DecisionRefData(number, date, issuer, title);
    }

    @Override
    public String toString() {
        return number == null ? "" : number + " (" + date + ")";
    }
}
