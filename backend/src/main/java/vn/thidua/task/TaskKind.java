package vn.thidua.task;

/** What a term's party has to do next; the SPA words each kind in the reader's language. */
public enum TaskKind {
    /** Member: a launched campaign the unit has not registered for. */
    REGISTER,
    /** Member: the unit's registration is still a draft. */
    SUBMIT_REGISTRATION,
    /** Member: the managers returned the unit's registration (with a reason). */
    RESUBMIT_REGISTRATION,
    /** Member: the circulated covenant awaits the unit's signature. */
    SIGN_COVENANT,
    /** Member: a scheduled conference of the bloc, today or later. */
    ATTEND_CONFERENCE,
    /** Managers: a draft campaign not launched yet. */
    LAUNCH_CAMPAIGN,
    /** Managers: submitted registrations to accept or return ({@code count} of them). */
    REVIEW_REGISTRATIONS,
    /** Managers: member units that have not signed the circulated covenant ({@code count} of them). */
    COLLECT_SIGNATURES,
    /** Managers: a scheduled conference whose date has passed, not yet recorded as held. */
    RECORD_CONFERENCE,
    /** Managers: a held conference whose signed minutes are not attached yet. */
    SIGN_MINUTES
}
