# b22-006  commercial  styles (3) commercial peer-to-peer + (1) box-drawn EHR export with wrapped cells
# Complete. Zemaira 5,520 mg (4 g kit + 2 x 1 g), waste 480 mg documented and not billed; J0256 x552, no modifier.
from boxrender import box

CHART_ID = "b22-006"
DOS = "2025-10-22"
PAYER = {"profile": "commercial", "name": "Granite State Mutual PPO"}
PRIOR_AUTH = "GSM-AUTH-25100688"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 552, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
GRANITE STATE MUTUAL - PHARMACY & MEDICAL BENEFIT UTILIZATION REVIEW
Peer-to-Peer Discussion Summary (reviewer dictation, verbatim portions in quotes)
Reference: UR-25-1006-4471      Request: Zemaira (alpha1-PI) 60 mg/kg IV weekly, J0256
Member: KOWALCZYK, DIANE M      DOB 11/23/1968      Plan: PPO (commercial)
Date: 10/06/2025 11:15-11:31
Reviewer: Marcus Feld, MD, Associate Medical Director (board certified, pulmonary)
Requesting: Elaine Ames, MD, Granite State Pulmonary

Reason for P2P: request pended - plan's preferred product is Prolastin-C (policy
RX-114 "Alpha-1 Proteinase Inhibitors"); non-preferred product requires documented
intolerance. Also requested: current smoking status.

Dr. Feld: "Policy RX-114 requires serum AAT below 11 micromolar, FEV1 between 25 and 80
percent predicted, nonsmoker or ex-smoker, and a trial of Prolastin-C. Tell me about the
Prolastin-C trial."
Dr. Ames: "She was on Prolastin-C from 2021 to this August. Generalized urticaria three
times despite cetirizine, the last one with lip swelling in August. Her AAT was 5.8
micromolar before treatment, she's homozygous Z, Glu342Lys on both alleles."
Dr. Feld: "Lung function?"
Dr. Ames: "FEV1 52 percent predicted last week. She has emphysema on CT, bilateral,
lower-lobe panlobular. Quit smoking in 2011 and cotinine was negative in September."
Dr. Feld: "That covers it. Weight for dosing?"
Dr. Ames: "92.4 kilos at last week's visit."
Dr. Feld: "60 times 92.4 is about 5,544, call it 555 units of J0256. I'll approve up to
560 units per weekly dose, 52 doses. Our plan doesn't pay JW waste lines - bill only
what's administered. If she were still smoking this would have been a denial."
Outcome: APPROVED - Zemaira, J0256 up to 560 units/week, 10/13/2025 - 10/12/2026.
Authorization GSM-AUTH-25100688 issued 10/06/2025 11:40. Letter mailed 10/07/2025.
"""

_id = box([
    ["Field", "Value", "Comment"],
    ["Payer /\nauthorization", "Granite State Mutual PPO\nGSM-AUTH-25100688", "valid 10/13/2025 -\n10/12/2026"],
    ["Weight", "92.0 kg", "standing scale 12:31\n(clinic 09/30: 92.4 kg)"],
    ["Order", "Zemaira 60 mg/kg IV\nweekly, dose by today's\nweight", "E. Ames, MD\n(signed 10/07/2025)"],
    ["Premeds", "cetirizine 10 mg PO\nfamotidine 20 mg PO", "12:40 - hx urticaria on\nProlastin-C"],
], [17, 24, 24])

_adm = box([
    ["Field", "Value", "Comment"],
    ["Dose\nadministered", "5,520 mg", "110.4 mL @ 50 mg/mL"],
    ["Vials", "4 g kit x1, 1 g vial x2", "6,000 mg reconstituted"],
    ["Lot / exp", "4 g: P100597741 /\n2026-08-31\n1 g (x2): P100603318 /\n2026-05-31", "scanned at bedside\n12:52"],
    ["Wasted", "480 mg (9.6 mL) from\n2nd 1 g vial", "witnessed A. Cote, RN;\nnot billed (plan does\nnot reimburse waste)"],
    ["Infusion start /\nstop", "13:05 /\n13:26", "pump; max 7.3 mL/min\n(0.08 mL/kg/min)"],
    ["NS KVO", "12:55 - 13:32", "50 mL, carrier only"],
    ["Reaction", "none", "no hives, no lip\nswelling"],
], [17, 24, 24])

_vs = box([
    ["Time", "BP", "HR", "SpO2", "Note"],
    ["12:33", "122/76", "78", "95 %", "pre"],
    ["13:15", "118/74", "80", "95 %", "mid-infusion"],
    ["13:40", "120/72", "76", "96 %", "post; d/c\n13:55"],
], [5, 6, 3, 5, 12])

D2 = "\n".join([
    "GRANITE STATE PULMONARY - INFUSION SUITE",
    "INFUSION ADMINISTRATION RECORD  (EHR landscape export, printed 10/22/2025 16:10)",
    "Patient: KOWALCZYK, DIANE M     MRN 40077215     DOB 11/23/1968     DOS 10/22/2025",
    "Dx: E88.01 alpha-1-antitrypsin deficiency; J43.1 panlobular emphysema",
    _id,
    _adm,
    _vs,
    "Charges: J0256 x552 (no modifier - commercial, waste not billed), 96365 x1.",
    "RN: Anne-Marie Cote, RN  (first Zemaira dose; pt tolerated without reaction)",
])

_pft = box([
    ["Date", "FEV1 L\n(% pred)", "FEV1/FVC", "DLCO\n(% pred)"],
    ["09/23/2025", "1.58 (52 %)", "0.49", "51 %"],
    ["03/2025", "1.61 (53 %)", "0.50", "--"],
    ["09/2024", "1.60 (53 %)", "0.50", "54 %"],
    ["2020 (pre-\naugmentation)", "1.92 (62 %)", "0.55", "60 %"],
], [13, 11, 8, 8])

D3 = "\n".join([
    "GRANITE STATE PULMONARY - PROGRESS NOTE                       09/30/2025",
    "Patient: Diane M. Kowalczyk   56 F   MRN 40077215       Elaine Ames, MD",
    "",
    "S: AATD (homozygous PI*Z) with emphysema, on Prolastin-C since 05/2021. Third episode",
    "of generalized urticaria in 08/2025 with lip swelling ~20 min into the infusion,",
    "despite cetirizine premed. Prolastin-C stopped after that dose; no augmentation since",
    "08/19/2025. Breathing at baseline; walks 2 miles/day. On augmentation her FEV1 has",
    "been essentially flat since 2023 and exacerbations dropped to 0-1/yr from 2-3/yr.",
    "Ex-smoker (quit 2011, 22 pk-yr); cotinine negative 09/09/2025.",
    "",
    "O: BP 124/78  HR 76  SpO2 95% RA  Wt 92.4 kg  BMI 33.9",
    "   Lungs: decreased BS at bases, no wheeze. No rash today.",
    "",
    "Spirometry trend (post-BD):",
    _pft,
    "Pre-treatment AAT 5.8 µmol/L (03/2021); SERPINA1 Glu342Lys (PI*Z) homozygous.",
    "IgA 188 mg/dL (normal) - checked because of the reactions.",
    "",
    "A/P:",
    "1. AATD PI*ZZ, emphysema - switch to Zemaira 60 mg/kg weekly; request auth (non-",
    "   preferred; document Prolastin-C intolerance). Premed cetirizine + famotidine.",
    "2. If urticaria recurs on Zemaira, will consider Glassia.",
    "3. Daughter (27) PI*MZ - counseled, no therapy indicated.",
    "RTC 3 months.   E. Ames, MD",
])

DOCS = [
    {"id": "d1", "type": "other", "date": "2025-10-06", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2025-10-22", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-09-30", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "AATD (homozygous PI*Z)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "SERPINA1 Glu342Lys (PI*Z) homozygous"},
    {"kind": "serum_aat", "value": 5.8, "unit": "uM", "_doc": "d3", "_ev": "Pre-treatment AAT 5.8 µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "She has emphysema on CT, bilateral,\nlower-lobe panlobular"},
    {"kind": "weight", "value": 92.0, "unit": "kg", "value_kg": 92.0, "_doc": "d2", "_ev": "92.0 kg", "_date": "2025-10-22"},
    {"kind": "weight", "value": 92.4, "unit": "kg", "value_kg": 92.4, "_doc": "d3", "_ev": "Wt 92.4 kg", "_date": "2025-09-30"},
    {"kind": "dose", "value": 5520, "_doc": "d2", "_ev": "5,520 mg"},
    {"kind": "wastage", "value": 480, "_doc": "d2", "_ev": "480 mg (9.6 mL) from"},
    {"kind": "lot_number", "value": "P100597741", "_doc": "d2", "_ev": "4 g: P100597741 /"},
    {"kind": "lot_number", "value": "P100603318", "_doc": "d2", "_ev": "1 g (x2): P100603318 /"},
    {"kind": "expiration_date", "value": "2026-08-31", "_doc": "d2", "_ev": "2026-08-31"},
    {"kind": "expiration_date", "value": "2026-05-31", "_doc": "d2", "_ev": "2026-05-31"},
    {"kind": "infusion_start", "value": "13:05", "_doc": "d2", "_ev": "13:05 /"},
    {"kind": "infusion_end", "value": "13:26", "_doc": "d2", "_ev": "13:26"},
    {"kind": "fev1", "value": 52, "_doc": "d3", "_ev": "1.58 (52 %)"},
    {"kind": "fev1", "value": 53, "_doc": "d3", "_ev": "1.61 (53 %)"},
    {"kind": "fev1", "value": 62, "_doc": "d3", "_ev": "1.92 (62 %)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "On augmentation her FEV1 has\nbeen essentially flat since 2023"},
    {"kind": "prior_authorization", "value": "GSM-AUTH-25100688", "_doc": "d1", "_ev": "Authorization GSM-AUTH-25100688 issued"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Ex-smoker (quit 2011, 22 pk-yr)"},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d2", "_ev": "Zemaira 60 mg/kg IV", "_dos": True},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d3", "_ev": "on Prolastin-C since 05/2021"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
    "smoking_status": "met", "fev1_range": "met",
}

ARITH = {
    "dos": DOS, "administered": True, "weight_kg": 92.0, "weight_date": "2025-10-22",
    "dose_mg": 5520, "target_mg": 5520.0, "pct_diff": 0.0, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 552, "units_billed": 552,
    "vials_mg": [4000, 1000, 1000], "waste_mg": 480, "jw_expected": 48, "jw_billed": 0,
    "expirations": ["2026-05-31", "2026-08-31"], "expiration_ok": True,
}

TRAPS = [
    ("d1", "below 11 micromolar, FEV1 between 25 and 80", "policy criteria"),
    ("d1", "about 5,544, call it 555 units", "reviewer calculation"),
    ("d1", "up to\n560 units per weekly dose", "approved units"),
    ("d1", "UR-25-1006-4471", "review reference number"),
    ("d1", "If she were still smoking", "hypothetical"),
    ("d1", "92.4 kilos at last week's visit", "clinic weight (finding 92.4)"),
    ("d2", "6,000 mg reconstituted", "vial total"),
    ("d2", "12:55 - 13:32", "NS KVO times"),
    ("d2", "12:40 - hx urticaria", "premed time"),
    ("d2", "12:52", "scan time"),
    ("d2", "standing scale 12:31", "weight time"),
    ("d3", "IgA 188 mg/dL", "other lab"),
    ("d3", "Daughter (27) PI*MZ", "relative"),
    ("d3", "will consider Glassia", "hypothetical product"),
]

NOTES = """
Complete. Commercial P2P summary: reviewer quotes policy RX-114 thresholds (AAT < 11 uM, FEV1 25-80 %), computes
~5,544 mg / 555 units and approves up to 560 units - none are findings; the treating physician's statements
about the patient (Prolastin-C 2021-2025 with urticaria, AAT 5.8 uM, homozygous Glu342Lys, FEV1 52 %, emphysema,
quit 2011, 92.4 kilos) are the patient's facts. EHR box export wraps 'Dose / administered', 'Lot / exp' (lot and
expiration on separate physical lines of one cell) and 'Infusion start / stop' (13:05 / 13:26). Waste 480 mg is
documented and not billed (commercial: no JW, no JZ) -> wastage met. FEV1 52/53/62 % all inside 25-80. Traps:
vial total 6,000 mg, NS KVO 12:55-13:32, premed/scan/weight/vitals/discharge times, IgA 188 mg/dL, daughter
PI*MZ, hypothetical Glassia.
"""
