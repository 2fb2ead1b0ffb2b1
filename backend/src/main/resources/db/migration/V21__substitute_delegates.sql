-- Substitute delegates (đại biểu thay thế, người được ủy quyền): a voting delegate may act for the unit's
-- registered delegate who is absent; substitute_for names that delegate. Only on a voting delegate.
ALTER TABLE conference_attendee
    ADD COLUMN substitute_for VARCHAR(200) NULL,
    ADD CONSTRAINT ck_conference_attendee_substitute CHECK (substitute_for IS NULL OR may_vote);

-- The register (who voted, ADR 0017) keeps whom the delegate who cast replaced. Nothing is added to
-- vote_ballot: the register stays apart from the ballot box.
ALTER TABLE vote_register
    ADD COLUMN substitute_for VARCHAR(200) NULL;
