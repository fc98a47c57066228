# b22-008  medicare  NEGATIVE CONTROL  styles (5) AATD multidisciplinary family case review + (1) box-drawn tables
# Patient is a PI*MZ carrier with COPD/emphysema (AATD ruled out), no A1PI. Claim 99214 + 94618, no drug lines.
# The brother (PI*ZZ, Prolastin-C) and nieces/children carry every administration value: traps.
from boxrender import box

CHART_ID = "b22-008"
DOS = "2025-12-10"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "99214", "units": 1, "modifiers": []},
    {"hcpcs": "94618", "units": 1, "modifiers": []},
]

D1 = """
ALPHA-1 CLINICAL RESOURCE CENTER - MULTIDISCIPLINARY CASE REVIEW (family conference)
12/03/2025 12:00-13:15    Chair: Ingrid Solheim, MD (Pulmonology)
Present: Pulmonology - I. Solheim, MD, R. Batra, MD; Hepatology - G. Whitcomb, MD;
Genetics - N. Farouk, MS, CGC; Pharmacy - L. Tran, PharmD; RN navigator - J. Kelso, RN
Kindred reviewed: ENGEBRETSEN (3 members followed in our clinics). A copy is filed to each
member's chart; this copy is filed to ENGEBRETSEN, WALTER (MRN 3318402).

1. WALTER E. (this patient), 71 M
 Pulmonology: COPD GOLD 3, 2 exacerbations in 12 mo. CT 08/2025: centrilobular
   emphysema, upper-lobe predominant. Post-BD FEV1 1.22 L (41 % pred) 11/14/2025.
   Former smoker, quit 2016, 50 pk-yr. Referred after his brother's diagnosis.
 Genetics: AAT 92 mg/dL (11/14/2025, nephelometry), SERPINA1 PI*MZ. Heterozygous
   carrier - he does NOT have alpha-1 antitrypsin deficiency. Emphysema attributed to
   smoking, MZ state possibly contributory.
 Hepatology: ALT/AST normal, FIB-4 1.1. Routine care only; limit alcohol.
 Pharmacy: not on A1PI. Trelegy adherence good (refill history).
 Consensus: augmentation NOT indicated (MZ; no evidence of benefit; excluded by label).
   Optimize COPD care, pulmonary rehab, 6MWT for O2 at next visit.

2. ARNE E. (brother), 68 M - see his chart
 Pulmonology: PI*ZZ, AAT 21 mg/dL, panlobular emphysema, FEV1 48 % pred. On Prolastin-C
   weekly since 06/2025; tolerating well, no exacerbations since starting.
 Pharmacy: Prolastin-C 4,800 mg IV weekly (wt 80.1 kg), 5 x 1,000 mg vials, 200 mg waste
   billed JW x20; current lot 27J8MV3 exp 10/2026; infuses Tuesdays 09:30-10:05.
 Hepatology: elastography 9.8 kPa (F2-F3); US every 6 months.

3. OTHER RELATIVES
 - Walter's daughter Kristin (44): PI*MZ, AAT 99 mg/dL; never smoker; counseled.
 - Walter's son Erik (41): not yet tested; family letter sent 11/20.
 - Arne's daughter Lise (38): PI*ZZ, AAT 24 mg/dL, normal spirometry, ALT 64 -
   hepatology follow-up; no augmentation (no lung disease).

ACTION ITEMS: Batra to review results with Walter on 12/10; Farouk to call Erik;
Tran to confirm Arne's 2026 reauthorization.            Signed I. Solheim, MD 12/03/2025
"""

_vit = box([
    ["Vitals", ""],
    ["Weight", "88.6 kg (195 lb 5 oz)"],
    ["BP / HR", "136/84 / 80"],
    ["SpO2", "92 % RA at rest; 6MWT\nnadir 87 % RA at 4 min"],
    ["6MWT", "312 m, stopped x1;\nBorg 5"],
], [10, 24])

_pft = box([
    ["Spirometry\n11/14/2025", "Pre-BD", "Post-BD", "Prior post-BD\n11/2024"],
    ["FEV1 L\n(% pred)", "1.16 (39 %)", "1.22 (41 %)", "1.30 (44 %)"],
    ["FVC L\n(% pred)", "2.98 (72 %)", "3.10 (75 %)", "3.21 (77 %)"],
    ["FEV1/FVC", "0.39", "0.39", "0.40"],
], [11, 11, 11, 13])

_ap = box([
    ["#", "Problem", "Plan"],
    ["1", "COPD with emphysema, GOLD\n3, group E (2 exacerbations\n/ 12 mo)", "continue Trelegy; pulm\nrehab referral placed"],
    ["2", "Alpha-1 antitrypsin carrier\n(PI*MZ), AAT 92 mg/dL -\nZ14.8", "AATD ruled out. No\naugmentation. Family\nletters per genetics."],
    ["3", "History of tobacco use\n(Z87.891)", "quit 2016; LDCT\nscreening due 08/2026"],
    ["4", "Exertional desaturation", "O2 2 L with exertion;\nDME order sent"],
], [2, 28, 22])

D2 = "\n".join([
    "LAKE REGION PULMONARY ASSOCIATES - OFFICE VISIT                        12/10/2025",
    "Patient: ENGEBRETSEN, WALTER    DOB 05/06/1954    MRN 3318402",
    "Provider: Rohan Batra, MD       Established pt, moderate complexity",
    "Reason: COPD follow-up; results of alpha-1 testing and conference recommendations.",
    "",
    "HPI: 71M with COPD/emphysema, 2 exacerbations this year (03/2025, 09/2025). Worse DOE",
    "on hills. Brother Arne on weekly augmentation; pt asked whether he should get the same",
    "infusions. Reviewed his results: PI*MZ with AAT 92 mg/dL - carrier, not deficient.",
    "Explained that if he were ZZ the dose would be 60 mg/kg, about 5,300 mg a week, but",
    "augmentation is not indicated for MZ. He voiced understanding and relief.",
    "",
    _vit,
    "",
    _pft,
    "",
    "Assessment / Plan",
    _ap,
    "Charges: 99214, 94618 (6MWT). Return 3 months.          R. Batra, MD",
])

_lab = box([
    ["Test", "Result", "Reference", "Flag"],
    ["Alpha-1-Antitrypsin,\nserum (nephelometry)", "92 mg/dL", "100-190\nmg/dL", "L"],
    ["SERPINA1 genotype\n(S and Z alleles)", "PI*MZ\nZ: c.1096G>A\nheterozygous\nS: not detected", "PI*MM", ""],
], [20, 15, 9, 4], style="ascii")

D3 = "\n".join([
    "MIDWEST REGIONAL LABORATORY               Final   Reported 11/18/2025 10:02",
    "Patient: ENGEBRETSEN, WALTER   DOB 05/06/1954   Collected 11/14/2025 08:15",
    _lab,
    "Interpretation: Heterozygous for the Z allele (PI*MZ carrier). Serum AAT mildly",
    "reduced, consistent with the carrier state; not consistent with severe alpha-1",
    "antitrypsin deficiency. Rare and null alleles are not detected by this assay.",
])

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2025-12-03", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2025-12-10", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2025-11-18", "text": D3},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d3", "_ev": "Heterozygous for the Z allele (PI*MZ carrier)"},
    {"kind": "serum_aat", "value": 92, "unit": "mg/dL", "_doc": "d3", "_ev": "92 mg/dL", "_method": "nephelometry"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "COPD GOLD 3, 2 exacerbations in 12 mo"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "centrilobular\n   emphysema, upper-lobe predominant"},
    {"kind": "weight", "value": 88.6, "unit": "kg", "value_kg": 88.6, "_doc": "d2", "_ev": "88.6 kg (195 lb 5 oz)", "_date": "2025-12-10"},
    {"kind": "fev1", "value": 41, "_doc": "d1", "_ev": "FEV1 1.22 L (41 % pred)"},
    {"kind": "fev1", "value": 39, "_doc": "d2", "_ev": "1.16 (39 %)"},
    {"kind": "fev1", "value": 44, "_doc": "d2", "_ev": "1.30 (44 %)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker, quit 2016"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
    "dose_matches_weight": "missing", "units_match_dose": "not_applicable", "wastage_documented": "missing",
    "lot_number": "missing", "expiration_date": "missing", "infusion_times": "missing",
    "response_to_therapy": "missing", "prior_authorization": "not_applicable", "code_selection": "not_applicable",
}

ARITH = {"dos": DOS, "administered": False, "reason": "negative control: PI*MZ carrier, no A1PI"}

TRAPS = [
    ("d1", "he does NOT have alpha-1 antitrypsin deficiency", "negated diagnosis"),
    ("d1", "augmentation NOT indicated", "negated therapy"),
    ("d1", "PI*ZZ, AAT 21 mg/dL", "brother's genotype/level"),
    ("d1", "Prolastin-C 4,800 mg IV weekly (wt 80.1 kg)", "brother's dose and weight"),
    ("d1", "200 mg waste\n   billed JW x20", "brother's waste"),
    ("d1", "lot 27J8MV3 exp 10/2026", "brother's lot"),
    ("d1", "09:30-10:05", "brother's infusion times"),
    ("d1", "tolerating well, no exacerbations since starting", "brother's response"),
    ("d1", "FEV1 48 % pred", "brother's FEV1"),
    ("d1", "AAT 99 mg/dL", "daughter's level"),
    ("d1", "PI*ZZ, AAT 24 mg/dL", "niece"),
    ("d2", "about 5,300 mg a week", "hypothetical dose"),
    ("d2", "AATD ruled out", "negated diagnosis"),
    ("d3", "PI*MM", "reference genotype"),
    ("d3", "not consistent with severe alpha-1\nantitrypsin deficiency", "negated"),
]

NOTES = """
NEGATIVE CONTROL (not AATD, no A1PI). The patient is a PI*MZ carrier (AAT 92 mg/dL) with COPD and centrilobular
emphysema: genotype conflict, serum conflict, diagnosis missing ('does NOT have alpha-1 antitrypsin deficiency',
'AATD ruled out', 'carrier' with Z14.8). No drug lines on the claim (99214, 94618): units and code_selection
not_applicable, wastage missing (no A1PI waste statement for the patient). Every administration value belongs to
the brother (Prolastin-C 4,800 mg at 80.1 kg, 200 mg waste / JW 20, lot 27J8MV3, 09:30-10:05, 'tolerating well')
or to nieces/children (MZ 99 mg/dL, ZZ 24 mg/dL). Hypothetical '60 mg/kg, about 5,300 mg a week if he were ZZ'.
Weight 88.6 kg (195 lb 5 oz) is one weight. FEV1 39/41/44 % are the patient's.
"""
