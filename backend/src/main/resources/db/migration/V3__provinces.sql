-- Provinces (tỉnh, thành phố trực thuộc trung ương): national reference data, changed only by
-- migrations (no write API; see docs/adr/0005-provinces-are-reference-data.md). Units and blocs
-- belong to a province; unit codes and bloc names are unique per province.
--
-- Codes are the administrative-division codes of the pre-2025 national table (Quyết định
-- 124/2004/QĐ-TTg and its updates): "06" Bắc Kạn, "27" Bắc Ninh, "35" Hà Nam …
--
-- The 2025 reorganisation (Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp
-- đơn vị hành chính cấp tỉnh, in force 01/7/2025): 23 mergers, 63 → 34 provinces. Modelled as: the
-- province whose name is kept continues (keeps its id and code); the others end on 30/6/2025; one
-- MERGE succession per new province lists all merged provinces as predecessors (the continuing one
-- included) and the continuing one as successor. NOTE: the national code table issued after the
-- reorganisation may give a merged province the code of the province where its administrative
-- centre sits (e.g. Bắc Ninh "24"); we keep the continuing province's pre-2025 code so ids, codes and
-- token claims stay stable; a code change would be a later migration.
--
-- Start dates (active_from): exact where the province was (re-)established on a date we record with
-- confidence: 01/7/1989 (Quảng Bình, Quảng Trị, Thừa Thiên Huế, Quảng Ngãi, Bình Định, Phú Yên,
-- Khánh Hòa), 01/01/1997 (Bắc Kạn, Thái Nguyên, Bắc Giang, Bắc Ninh, Hà Nam, Nam Định, Hải Dương,
-- Hưng Yên, Vĩnh Phúc, Phú Thọ, Quảng Nam, Đà Nẵng, Bình Dương, Bình Phước, Bạc Liêu, Cà Mau),
-- 01/01/2004 (Điện Biên, Lai Châu, Đắk Nông, Cần Thơ, Hậu Giang). Every other province carries the
-- DOCUMENTED DEFAULT 02/7/1976 (reunification): it only means "active for as long as this system
-- records", not the province's founding date.
--
-- Name history: Thừa Thiên Huế became Thành phố Huế (centrally governed) on 01/01/2025 (Nghị quyết số
-- 1314/NQ-UBTVQH15 ngày 30/11/2024 của Ủy ban Thường vụ Quốc hội), recorded as a RENAME.

CREATE TABLE province (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(2)   NOT NULL,
    name          VARCHAR(100) NOT NULL,
    level         VARCHAR(16)  NOT NULL,
    active_from   DATE         NOT NULL,
    active_to     DATE         NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_province_code UNIQUE (code),
    CONSTRAINT ck_province_code CHECK (code REGEXP '^[0-9]{2}$'),
    CONSTRAINT ck_province_level CHECK (level IN ('TINH', 'THANH_PHO')),
    CONSTRAINT ck_province_active CHECK (active_to IS NULL OR active_to >= active_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every name (and level: tỉnh / thành phố) a province has carried, from the date it took effect.
CREATE TABLE province_name (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    province_id   BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    level         VARCHAR(16)  NOT NULL,
    name_search   VARCHAR(200) NOT NULL,
    valid_from    DATE         NOT NULL,
    CONSTRAINT fk_province_name_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT uk_province_name_from UNIQUE (province_id, valid_from),
    CONSTRAINT ck_province_name_level CHECK (level IN ('TINH', 'THANH_PHO')),
    INDEX ix_province_name_search (name_search)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE province_succession (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL,
    effective_date  DATE         NOT NULL,
    decision_number VARCHAR(64)  NOT NULL,
    decision_date   DATE         NOT NULL,
    decision_issuer VARCHAR(255) NOT NULL,
    decision_title  VARCHAR(500) NULL,
    new_name        VARCHAR(100) NULL,
    new_level       VARCHAR(16)  NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE province_succession_predecessor (
    succession_id BIGINT NOT NULL,
    province_id   BIGINT NOT NULL,
    PRIMARY KEY (succession_id, province_id),
    CONSTRAINT fk_psp_succession FOREIGN KEY (succession_id) REFERENCES province_succession (id),
    CONSTRAINT fk_psp_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE province_succession_successor (
    succession_id BIGINT NOT NULL,
    province_id   BIGINT NOT NULL,
    PRIMARY KEY (succession_id, province_id),
    CONSTRAINT fk_pss_succession FOREIGN KEY (succession_id) REFERENCES province_succession (id),
    CONSTRAINT fk_pss_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ---- the 63 provinces before 01/7/2025 (name and level as of today; Huế's older name below) ----
INSERT INTO province (code, name, level, active_from, active_to, created_at, updated_at) VALUES
    ('01', 'Hà Nội', 'THANH_PHO', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('02', 'Hà Giang', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('04', 'Cao Bằng', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('06', 'Bắc Kạn', 'TINH', '1997-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('08', 'Tuyên Quang', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('10', 'Lào Cai', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('11', 'Điện Biên', 'TINH', '2004-01-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('12', 'Lai Châu', 'TINH', '2004-01-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('14', 'Sơn La', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('15', 'Yên Bái', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('17', 'Hòa Bình', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('19', 'Thái Nguyên', 'TINH', '1997-01-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('20', 'Lạng Sơn', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('22', 'Quảng Ninh', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('24', 'Bắc Giang', 'TINH', '1997-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('25', 'Phú Thọ', 'TINH', '1997-01-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('26', 'Vĩnh Phúc', 'TINH', '1997-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('27', 'Bắc Ninh', 'TINH', '1997-01-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('30', 'Hải Dương', 'TINH', '1997-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('31', 'Hải Phòng', 'THANH_PHO', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('33', 'Hưng Yên', 'TINH', '1997-01-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('34', 'Thái Bình', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('35', 'Hà Nam', 'TINH', '1997-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('36', 'Nam Định', 'TINH', '1997-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('37', 'Ninh Bình', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('38', 'Thanh Hóa', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('40', 'Nghệ An', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('42', 'Hà Tĩnh', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('44', 'Quảng Bình', 'TINH', '1989-07-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('45', 'Quảng Trị', 'TINH', '1989-07-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('46', 'Huế', 'THANH_PHO', '1989-07-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('48', 'Đà Nẵng', 'THANH_PHO', '1997-01-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('49', 'Quảng Nam', 'TINH', '1997-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('51', 'Quảng Ngãi', 'TINH', '1989-07-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('52', 'Bình Định', 'TINH', '1989-07-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('54', 'Phú Yên', 'TINH', '1989-07-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('56', 'Khánh Hòa', 'TINH', '1989-07-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('58', 'Ninh Thuận', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('60', 'Bình Thuận', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('62', 'Kon Tum', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('64', 'Gia Lai', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('66', 'Đắk Lắk', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('67', 'Đắk Nông', 'TINH', '2004-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('68', 'Lâm Đồng', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('70', 'Bình Phước', 'TINH', '1997-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('72', 'Tây Ninh', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('74', 'Bình Dương', 'TINH', '1997-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('75', 'Đồng Nai', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('77', 'Bà Rịa - Vũng Tàu', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('79', 'Hồ Chí Minh', 'THANH_PHO', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('80', 'Long An', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('82', 'Tiền Giang', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('83', 'Bến Tre', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('84', 'Trà Vinh', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('86', 'Vĩnh Long', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('87', 'Đồng Tháp', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('89', 'An Giang', 'TINH', '1976-07-02', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('91', 'Kiên Giang', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('92', 'Cần Thơ', 'THANH_PHO', '2004-01-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('93', 'Hậu Giang', 'TINH', '2004-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('94', 'Sóc Trăng', 'TINH', '1976-07-02', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('95', 'Bạc Liêu', 'TINH', '1997-01-01', '2025-06-30', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('96', 'Cà Mau', 'TINH', '1997-01-01', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

-- Names: each province's one name from its start, except Huế (renamed 01/01/2025).
-- name_search is the diacritic-free lowercase form (as SearchText.fold computes it in Java), so
-- "bac kan" finds "Bắc Kạn"; SearchText folds đ → d the same way.
INSERT INTO province_name (province_id, name, level, name_search, valid_from)
SELECT id, name, level, '', active_from FROM province WHERE code <> '46';
INSERT INTO province_name (province_id, name, level, name_search, valid_from)
SELECT id, 'Thừa Thiên Huế', 'TINH', 'thua thien hue', active_from FROM province WHERE code = '46';
INSERT INTO province_name (province_id, name, level, name_search, valid_from)
SELECT id, 'Huế', 'THANH_PHO', 'hue', '2025-01-01' FROM province WHERE code = '46';
UPDATE province_name SET name_search = 'ha noi' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '01');
UPDATE province_name SET name_search = 'ha giang' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '02');
UPDATE province_name SET name_search = 'cao bang' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '04');
UPDATE province_name SET name_search = 'bac kan' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '06');
UPDATE province_name SET name_search = 'tuyen quang' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '08');
UPDATE province_name SET name_search = 'lao cai' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '10');
UPDATE province_name SET name_search = 'dien bien' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '11');
UPDATE province_name SET name_search = 'lai chau' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '12');
UPDATE province_name SET name_search = 'son la' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '14');
UPDATE province_name SET name_search = 'yen bai' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '15');
UPDATE province_name SET name_search = 'hoa binh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '17');
UPDATE province_name SET name_search = 'thai nguyen' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '19');
UPDATE province_name SET name_search = 'lang son' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '20');
UPDATE province_name SET name_search = 'quang ninh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '22');
UPDATE province_name SET name_search = 'bac giang' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '24');
UPDATE province_name SET name_search = 'phu tho' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '25');
UPDATE province_name SET name_search = 'vinh phuc' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '26');
UPDATE province_name SET name_search = 'bac ninh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '27');
UPDATE province_name SET name_search = 'hai duong' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '30');
UPDATE province_name SET name_search = 'hai phong' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '31');
UPDATE province_name SET name_search = 'hung yen' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '33');
UPDATE province_name SET name_search = 'thai binh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '34');
UPDATE province_name SET name_search = 'ha nam' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '35');
UPDATE province_name SET name_search = 'nam dinh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '36');
UPDATE province_name SET name_search = 'ninh binh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '37');
UPDATE province_name SET name_search = 'thanh hoa' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '38');
UPDATE province_name SET name_search = 'nghe an' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '40');
UPDATE province_name SET name_search = 'ha tinh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '42');
UPDATE province_name SET name_search = 'quang binh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '44');
UPDATE province_name SET name_search = 'quang tri' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '45');
UPDATE province_name SET name_search = 'da nang' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '48');
UPDATE province_name SET name_search = 'quang nam' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '49');
UPDATE province_name SET name_search = 'quang ngai' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '51');
UPDATE province_name SET name_search = 'binh dinh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '52');
UPDATE province_name SET name_search = 'phu yen' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '54');
UPDATE province_name SET name_search = 'khanh hoa' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '56');
UPDATE province_name SET name_search = 'ninh thuan' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '58');
UPDATE province_name SET name_search = 'binh thuan' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '60');
UPDATE province_name SET name_search = 'kon tum' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '62');
UPDATE province_name SET name_search = 'gia lai' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '64');
UPDATE province_name SET name_search = 'dak lak' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '66');
UPDATE province_name SET name_search = 'dak nong' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '67');
UPDATE province_name SET name_search = 'lam dong' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '68');
UPDATE province_name SET name_search = 'binh phuoc' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '70');
UPDATE province_name SET name_search = 'tay ninh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '72');
UPDATE province_name SET name_search = 'binh duong' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '74');
UPDATE province_name SET name_search = 'dong nai' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '75');
UPDATE province_name SET name_search = 'ba ria - vung tau' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '77');
UPDATE province_name SET name_search = 'ho chi minh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '79');
UPDATE province_name SET name_search = 'long an' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '80');
UPDATE province_name SET name_search = 'tien giang' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '82');
UPDATE province_name SET name_search = 'ben tre' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '83');
UPDATE province_name SET name_search = 'tra vinh' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '84');
UPDATE province_name SET name_search = 'vinh long' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '86');
UPDATE province_name SET name_search = 'dong thap' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '87');
UPDATE province_name SET name_search = 'an giang' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '89');
UPDATE province_name SET name_search = 'kien giang' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '91');
UPDATE province_name SET name_search = 'can tho' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '92');
UPDATE province_name SET name_search = 'hau giang' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '93');
UPDATE province_name SET name_search = 'soc trang' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '94');
UPDATE province_name SET name_search = 'bac lieu' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '95');
UPDATE province_name SET name_search = 'ca mau' WHERE name_search = '' AND province_id = (SELECT id FROM province WHERE code = '96');

INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, new_name, new_level, created_at, updated_at)
VALUES ('RENAME', '2025-01-01', '1314/NQ-UBTVQH15', '2024-11-30', 'Ủy ban Thường vụ Quốc hội',
        'Về việc thành lập thành phố Huế trực thuộc trung ương', 'Huế', 'THANH_PHO', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '46';
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '46';

-- ---- the 2025 mergers (Nghị quyết số 202/2025/QH15, Điều 1, khoản 1–23) ----
SET @nq202_title = 'Về việc sắp xếp đơn vị hành chính cấp tỉnh';
-- Hà Giang + Tuyên Quang → Tuyên Quang
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('02','08');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '08';
-- Yên Bái + Lào Cai → Lào Cai
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('15','10');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '10';
-- Bắc Kạn + Thái Nguyên → Thái Nguyên
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('06','19');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '19';
-- Vĩnh Phúc + Hòa Bình + Phú Thọ → Phú Thọ
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('26','17','25');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '25';
-- Bắc Giang + Bắc Ninh → Bắc Ninh
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('24','27');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '27';
-- Thái Bình + Hưng Yên → Hưng Yên
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('34','33');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '33';
-- Hải Dương + Hải Phòng → Hải Phòng
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('30','31');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '31';
-- Hà Nam + Nam Định + Ninh Bình → Ninh Bình
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('35','36','37');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '37';
-- Quảng Bình + Quảng Trị → Quảng Trị
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('44','45');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '45';
-- Quảng Nam + Đà Nẵng → Đà Nẵng
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('49','48');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '48';
-- Kon Tum + Quảng Ngãi → Quảng Ngãi
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('62','51');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '51';
-- Bình Định + Gia Lai → Gia Lai
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('52','64');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '64';
-- Ninh Thuận + Khánh Hòa → Khánh Hòa
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('58','56');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '56';
-- Đắk Nông + Bình Thuận + Lâm Đồng → Lâm Đồng
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('67','60','68');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '68';
-- Phú Yên + Đắk Lắk → Đắk Lắk
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('54','66');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '66';
-- Bình Dương + Bà Rịa - Vũng Tàu + Hồ Chí Minh → Hồ Chí Minh
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('74','77','79');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '79';
-- Bình Phước + Đồng Nai → Đồng Nai
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('70','75');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '75';
-- Long An + Tây Ninh → Tây Ninh
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('80','72');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '72';
-- Sóc Trăng + Hậu Giang + Cần Thơ → Cần Thơ
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('94','93','92');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '92';
-- Bến Tre + Trà Vinh + Vĩnh Long → Vĩnh Long
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('83','84','86');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '86';
-- Tiền Giang + Đồng Tháp → Đồng Tháp
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('82','87');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '87';
-- Bạc Liêu + Cà Mau → Cà Mau
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('95','96');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '96';
-- Kiên Giang + An Giang → An Giang
INSERT INTO province_succession (kind, effective_date, decision_number, decision_date, decision_issuer, decision_title, created_at, updated_at)
VALUES ('MERGE', '2025-07-01', '202/2025/QH15', '2025-06-12', 'Quốc hội', @nq202_title, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
SET @s = LAST_INSERT_ID();
INSERT INTO province_succession_predecessor (succession_id, province_id) SELECT @s, id FROM province WHERE code IN ('91','89');
INSERT INTO province_succession_successor (succession_id, province_id) SELECT @s, id FROM province WHERE code = '89';

-- ---- units and blocs belong to a province ----
-- Rows from before provinces existed (a dev or demo database) are assigned by the seed cases' code
-- prefixes (BKN → 06 Bắc Kạn, BNH → 27 Bắc Ninh, HNM → 35 Hà Nam); every other unit goes to the
-- default province 06 (the first seed case) so a dev database keeps working; move them by a later
-- data fix if needed. A bloc takes the province most of its terms' member units belong to, else 06.
ALTER TABLE unit ADD COLUMN province_id BIGINT NULL AFTER id;
UPDATE unit u SET province_id = (SELECT p.id FROM province p WHERE p.code = CASE
    WHEN u.code LIKE 'BKN.%' THEN '06' WHEN u.code LIKE 'BNH.%' THEN '27' WHEN u.code LIKE 'HNM.%' THEN '35'
    ELSE '06' END);
ALTER TABLE unit
    MODIFY province_id BIGINT NOT NULL,
    DROP INDEX uk_unit_code,
    ADD CONSTRAINT uk_unit_province_code UNIQUE (province_id, code),
    ADD CONSTRAINT fk_unit_province FOREIGN KEY (province_id) REFERENCES province (id),
    ADD INDEX ix_unit_code (code);

ALTER TABLE bloc ADD COLUMN province_id BIGINT NULL AFTER id;
UPDATE bloc b SET province_id = COALESCE(
    (SELECT u.province_id FROM term t JOIN membership m ON m.term_id = t.id JOIN unit u ON u.id = m.unit_id
      WHERE t.bloc_id = b.id GROUP BY u.province_id ORDER BY COUNT(*) DESC, u.province_id LIMIT 1),
    (SELECT p.id FROM province p WHERE p.code = '06'));
ALTER TABLE bloc
    MODIFY province_id BIGINT NOT NULL,
    DROP INDEX uk_bloc_name,
    ADD CONSTRAINT uk_bloc_province_name UNIQUE (province_id, name),
    ADD CONSTRAINT fk_bloc_province FOREIGN KEY (province_id) REFERENCES province (id);
