-- Campaigns (phong trào thi đua), registrations (đăng ký thi đua) and the covenant (giao ước thi đua).
-- A campaign belongs to a term (a bloc's campaign) or directly to a province (the Board's), never both;
-- province_id is kept for both so that scope checks and lists need no join. The rules that keys and
-- checks can hold are held here, so concurrent writers meet the database and not a race.
CREATE TABLE campaign (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id                BIGINT        NULL,
    province_id            BIGINT        NOT NULL,
    kind                   VARCHAR(16)   NOT NULL,
    title                  VARCHAR(300)  NOT NULL,
    theme                  VARCHAR(500)  NULL,
    targets                VARCHAR(4000) NULL,
    starts_on              DATE          NULL,
    ends_on                DATE          NULL,
    registration_deadline  DATE          NULL,
    decision_number        VARCHAR(64)   NULL,
    decision_date          DATE          NULL,
    decision_issuer        VARCHAR(255)  NULL,
    decision_title         VARCHAR(500)  NULL,
    responds_to_id         BIGINT        NULL,
    status                 VARCHAR(16)   NOT NULL,
    launched_on            DATE          NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    created_at             TIMESTAMP(6)  NOT NULL,
    updated_at             TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_campaign_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_campaign_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_campaign_responds_to FOREIGN KEY (responds_to_id) REFERENCES campaign (id),
    CONSTRAINT ck_campaign_period CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT ck_campaign_special_period_end CHECK (kind <> 'SPECIAL_PERIOD' OR ends_on IS NOT NULL),
    CONSTRAINT ck_campaign_response_link CHECK ((kind = 'RESPONSE') = (responds_to_id IS NOT NULL)),
    CONSTRAINT ck_campaign_response_of_term CHECK (kind <> 'RESPONSE' OR term_id IS NOT NULL),
    CONSTRAINT ck_campaign_launched_by_decision CHECK (status = 'DRAFT'
        OR (decision_number IS NOT NULL AND decision_date IS NOT NULL AND launched_on IS NOT NULL)),
    INDEX ix_campaign_term (term_id, status),
    INDEX ix_campaign_province (province_id, term_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One registration per unit per campaign (the key decides when two officers submit at once).
-- submitted_on is the civil date of the submission (the server's date, or the date of the paper
-- registration the Board records); late is fixed at that moment against the campaign's deadline.
CREATE TABLE registration (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    targets        VARCHAR(4000) NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    submitted_on   DATE          NULL,
    late           BOOLEAN       NOT NULL DEFAULT FALSE,
    return_reason  VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_registration_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_registration_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_registration_campaign_unit UNIQUE (campaign_id, unit_id),
    CONSTRAINT ck_registration_submitted CHECK (status = 'DRAFT' OR submitted_on IS NOT NULL),
    CONSTRAINT ck_registration_returned CHECK (status <> 'RETURNED'
        OR (return_reason IS NOT NULL AND TRIM(return_reason) <> ''))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- A registration's numeric targets (chỉ tiêu định lượng), in the order the unit wrote them.
CREATE TABLE registration_target (
    registration_id  BIGINT         NOT NULL,
    position         INT            NOT NULL,
    name             VARCHAR(300)   NOT NULL,
    target_value     DECIMAL(18, 4) NOT NULL,
    unit_of_measure  VARCHAR(50)    NOT NULL,
    PRIMARY KEY (registration_id, position),
    CONSTRAINT fk_registration_target FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The term's covenant: at most one per term.
CREATE TABLE covenant (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term_id            BIGINT        NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    signed_on          DATE          NULL,
    closed_incomplete  BOOLEAN       NOT NULL DEFAULT FALSE,
    closed_reason      VARCHAR(1000) NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_covenant_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT uk_covenant_term UNIQUE (term_id),
    CONSTRAINT ck_covenant_signed CHECK (status <> 'SIGNED' OR signed_on IS NOT NULL),
    CONSTRAINT ck_covenant_closed CHECK (closed_incomplete = FALSE
        OR (status = 'SIGNED' AND closed_reason IS NOT NULL AND TRIM(closed_reason) <> ''))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE covenant_clause (
    covenant_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    PRIMARY KEY (covenant_id, position),
    CONSTRAINT fk_covenant_clause FOREIGN KEY (covenant_id) REFERENCES covenant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE covenant_campaign (
    covenant_id  BIGINT NOT NULL,
    campaign_id  BIGINT NOT NULL,
    PRIMARY KEY (covenant_id, campaign_id),
    CONSTRAINT fk_covenant_campaign_covenant FOREIGN KEY (covenant_id) REFERENCES covenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_covenant_campaign_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The documents the members adopted with the covenant (kế hoạch, quy chế, tiêu chí chấm điểm).
CREATE TABLE covenant_document (
    covenant_id      BIGINT        NOT NULL,
    position         INT           NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    title            VARCHAR(500)  NOT NULL,
    adopted_on       DATE          NULL,
    decision_number  VARCHAR(64)   NULL,
    decision_date    DATE          NULL,
    decision_issuer  VARCHAR(255)  NULL,
    decision_title   VARCHAR(500)  NULL,
    PRIMARY KEY (covenant_id, position),
    CONSTRAINT fk_covenant_document FOREIGN KEY (covenant_id) REFERENCES covenant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The members that had not signed when the leader closed the covenant (recorded at that moment).
CREATE TABLE covenant_missing_unit (
    covenant_id  BIGINT NOT NULL,
    unit_id      BIGINT NOT NULL,
    PRIMARY KEY (covenant_id, unit_id),
    CONSTRAINT fk_covenant_missing_covenant FOREIGN KEY (covenant_id) REFERENCES covenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_covenant_missing_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- A member unit's signature: once per unit (the key), with who signed and the date on the paper.
CREATE TABLE covenant_signature (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    covenant_id   BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    signer_name   VARCHAR(200)  NOT NULL,
    signer_title  VARCHAR(200)  NOT NULL,
    signed_on     DATE          NOT NULL,
    recorded_by   VARCHAR(255)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6)  NOT NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_covenant_signature_covenant FOREIGN KEY (covenant_id) REFERENCES covenant (id),
    CONSTRAINT fk_covenant_signature_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_covenant_signature_unit UNIQUE (covenant_id, unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
