"""b26-007: medicare, 1 gap. Styles (1)+(3): an outside infusion center's pharmacy compounding /
dose-verification record and its nursing record, both faxed and run through OCR. Aralast NP 6 x 1,000 mg
reconstituted, 5,700 mg given, 300 mg discarded; J0256 570 + JW 30.
Gap: infusion_times missing (start 13:40 written, the stop-time box is blank on the nursing record;
"~35 min" is a duration, the discharge time is not a stop time)."""

CHART_ID = "b26-007"
DOS = "2026-01-14"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 570, "modifiers": []},
    {"hcpcs": "J0256", "units": 30, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
O1/14/2O26 16:O2  KEYST0NE AMB INFUSI0N CTR PHARMACY   FAX 7l7-555-O3l2        PAGE OOl
[ OCR / searchable PDF layer ]
KEYSTONE AMBULATORY INFUSION CENTER - PHARMACY SERVICES
STERILE COMPOUNDING W0RKSHEET / DOSE VERIFICATION              Rx #: K-O45l877
Patient: PRUITT, DONALD E          DOB: O9/O3/l954          Pt ID: KA-l88O4
Prescriber: Wen-Li Zhao, MD (Pulmonary)
Order: ARALAST NP (alpha1-proteinase inhibitor, human) 60 mg/kg IV weekly
Dosing wt: 95.3 kg (from intake 01/14/2026)   Calc: 5,718 mg   Dose to prepare (rounded to
nearest 100 mg per protocol): 5,700 mg
VIALS
Vial
NDC
Lot
Exp
Qty
Aralast NP l000 mg
OO944-28l5-O2
LA25J6127
2027-05-31
4
Aralast NP l000 mg
OO944-28l5-O2
LA25K1138
2027-07-31
2
KEYSTONE AMBULATORY INFUSION CENTER - PHARMACY SERVICES     C0NFIDENTIAL     PAGE l
Reconstitution: each 1000 mg vial with 50 mL SWFI (diluent lot D9l44), Mix2Vial, gentle swirl.
Total reconstituted: 6,000 mg / 300 mL (20 mg/mL)
Volume drawn into bag: 285 mL = 5,700 mg
Remaining in vial #6: 15 mL = 300 mg -> DISCARDED (single-use vial, not for another patient)
Prepared by: R. Ostrowski, CPhT  l3:O6        Verified: M. Adeyemi, PharmD  l3:l8
BUD: room temp, use within 3 h of reconstitution (by l6:O0)
"""

D2 = """
O1/14/2O26 16:O4  KEYST0NE AMB INFUSI0N CTR NURSING   FAX 7l7-555-O3l2        PAGE OO2
[ OCR / searchable PDF layer ]
KEYSTONE AMBULATORY INFUSION CENTER
INFUSION NURSING REC0RD                                             Page l of l
Patient: PRUITT, DONALD E     DOB: O9/O3/l954     Visit: 01/14/2026
Dx: E88.01 alpha-1-antitrypsin deficiency; J43.9 emphysema
Arrival: l3:O5   Escort: wife
ASSESSMENT
Wt
95.3 kg
BP
l46/88
HR
8O
SpO2
93% RA
Temp
36.4
Lungs diminished bilat, no wheeze. Denies fever, new meds. Last infusion 0l/O7 w/o issue.
ACCESS: PIV 2Og L AC, l3:28, good blood return
MEDICATION
Product: ARALAST NP (alpha1-PI)      Dose given: 5,700 mg      Route: IV
Rate: per protocol, max 0.08 mL/kg/min, in-line filter
Start time: 13:40
Stop time: ______
KEYSTONE AMBULATORY INFUSION CENTER     C0NFIDENTIAL     Page l of l
Pt resting, watching TV. Infusion complete, approx 35 min, no reaction. NS flush 2O mL.
Post VS: BP l38/84 HR 76 SpO2 94%. PIV removed intact.
Discharged l4:32 with wife, ambulatory. Next visit 0l/2l/2O26 l3:OO.
RN: G. Falkenrath, RN        Signed 0l/l4/2O26 l4:5O
"""

D3 = """
CAPITAL REGION PULMONARY ASSOCIATES - OFFICE NOTE
Date: 12/16/2025        Provider: Wen-Li Zhao, MD
Patient: Donald E. Pruitt, 71 M

History: Alpha-1 antitrypsin deficiency, PI*ZZ (serum AAT 24 mg/dL in 2015), with emphysema.
Augmentation since 2016, currently Aralast NP weekly at Keystone
Ambulatory Infusion. Former smoker, 40 pack-years, quit 2014. Retired machinist.

Interval: One exacerbation in 2025 (March, prednisone burst), versus three per year before
augmentation. He says the weekly infusions have "kept me out of the hospital." Still
gardening, 6MWD today 392 m (was 388 m a year ago). Son (44) is PI*MZ, AAT 84 mg/dL.

Meds: Aralast NP 60 mg/kg IV weekly; budesonide/formoterol 160/4.5 2 puffs BID; tiotropium;
albuterol prn; metoprolol succinate 50 mg; apixaban 5 mg BID (AF).

Exam: Wt 96.0 kg. BP 140/86. HR 78 irregular. SpO2 93% RA. Prolonged expiration.

PFT 12/16/2025 (post-BD): FEV1 1.21 L, 35% of predicted; FEV1/FVC 0.34.
  12/2024: FEV1 1.24 L (36% predicted).

Impression / Plan:
1. AATD (PI*ZZ) with emphysema - good response to augmentation (exacerbations down, FEV1
   decline ~30 mL/yr, stable 6MWD). Continue Aralast NP 60 mg/kg weekly; dose by infusion-day
   weight (~5,760 mg at today's weight).
2. Atrial fibrillation - rate controlled, on apixaban; cardiology follows.
3. Lung cancer screening - LDCT 11/2025 Lung-RADS 2.
Return 6 months.

Wen-Li Zhao, MD   12/16/2025
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-01-14", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-01-14", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-12-16", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "E88.01 alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency, PI*ZZ"},
    {"kind": "serum_aat", "value": 24, "unit": "mg/dL", "_doc": "d3", "_ev": "serum AAT 24 mg/dL in 2015"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "J43.9 emphysema"},
    {"kind": "weight", "value": 95.3, "unit": "kg", "value_kg": 95.3, "_date": "2026-01-14", "_doc": "d2", "_ev": "Wt\n95.3 kg"},
    {"kind": "weight", "value": 96.0, "unit": "kg", "value_kg": 96.0, "_date": "2025-12-16", "_doc": "d3", "_ev": "Wt 96.0 kg"},
    {"kind": "dose", "value": 5700, "_doc": "d2", "_ev": "Dose given: 5,700 mg"},
    {"kind": "wastage", "value": 300, "_doc": "d1", "_ev": "Remaining in vial #6: 15 mL = 300 mg -> DISCARDED"},
    {"kind": "lot_number", "value": "LA25J6127", "_doc": "d1", "_ev": "LA25J6127"},
    {"kind": "lot_number", "value": "LA25K1138", "_doc": "d1", "_ev": "LA25K1138"},
    {"kind": "expiration_date", "value": "2027-05-31", "_doc": "d1", "_ev": "LA25J6127\n2027-05-31"},
    {"kind": "expiration_date", "value": "2027-07-31", "_doc": "d1", "_ev": "LA25K1138\n2027-07-31"},
    {"kind": "infusion_start", "value": "13:40", "_doc": "d2", "_ev": "Start time: 13:40"},
    {"kind": "fev1", "value": 35, "_doc": "d3", "_ev": "FEV1 1.21 L, 35% of predicted"},
    {"kind": "fev1", "value": 36, "_doc": "d3", "_ev": "FEV1 1.24 L (36% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "good response to augmentation (exacerbations down"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, 40 pack-years, quit 2014"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d2", "_ev": "Product: ARALAST NP (alpha1-PI)"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-01-14",
    "weight": {"value": 95.3, "unit": "kg", "kg": 95.3, "date": "2026-01-14"},
    "dose_mg": 5700,
    "target_mg": 5718.0,
    "tolerance_mg": 571.8,
    "deviation_pct": -0.31,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 570,
    "units_billed": 570,
    "waste_mg": 300,
    "jw_units_expected": 30,
    "jw_units_billed": 30,
    "modifiers": [],
    "expirations": ["2027-05-31", "2027-07-31"],
    "expiration_ok": True,
}

NOTES = """
Gap: infusion_times missing - the nursing record has "Start time: 13:40" but "Stop time: ______"
is blank; "Infusion complete, approx 35 min" is a duration and "Discharged l4:32" a discharge time.
Two OCR'd faxed records of one administration: the pharmacy worksheet (type other) has the vial
table broken one cell per line (lots LA25J6127 / LA25K1138, expirations 2027-05-31 / 2027-07-31)
and the 300 mg residual discarded; the nursing record has the dose given (5,700 mg) and the start time. Page footer repeats
mid-table/mid-record. J0256 570 + JW 30 (floor 300/10) -> wastage met. Traps: calc 5,718 mg;
"Dose to prepare 5,700 mg" (same value); total reconstituted 6,000 mg / 300 mL; diluent lot D9l44;
prepared/verified/BUD times, fax times, arrival l3:O5, PIV l3:28, discharge, next visit; son PI*MZ
84 mg/dL; physician's "~5,760 mg" calculation; 6MWD 392/388 m; apixaban/metoprolol doses.
"""
