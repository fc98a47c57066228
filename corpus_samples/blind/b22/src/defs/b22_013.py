# b22-013  medicaid  styles (7) late entry + correction by another RN days later, (4) inline prior values / trend table
# Complete after the late entry: waste 290 mg documented 01/19 (JW 29 correct); weight 68.1 kg on the infusion record
# corrected to 61.8 kg. Glassia 3,710 mg, J0257 x371 + JW x29.

CHART_ID = "b22-013"
DOS = "2026-01-14"
PAYER = {"profile": "medicaid", "name": "Sunshine Coast Medicaid Managed Care"}
PRIOR_AUTH = "SCM-77120-A1"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 371, "modifiers": []},
    {"hcpcs": "J0257", "units": 29, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
GULF BREEZE INFUSION CENTER - A1PI ADMINISTRATION RECORD
Patient: BEAULIEU, ANTOINETTE R     MRN 3390218     DOB 04/04/1968
DOS 01/14/2026     RN: K. Pellegrino, RN     Ordering: S. Abernathy, MD
Payer: Sunshine Coast Medicaid MC     PA: SCM-77120-A1 (exp 06/30/2026)

Pre-assessment 10:02: T 36.6  BP 120/74  HR 84  SpO2 93% RA.  No fever/URI.
PIV 24g R forearm 10:10, blood return +.
Weight: 68.1 kg                       Height: 160 cm
Product: Glassia (alpha1-proteinase inhibitor [human]) 1 g/50 mL, 4 vials dispensed
Dose ordered: 60 mg/kg        Dose given: 3,710 mg (185.5 mL)
Lot: KB25G1736        Exp: 31-JUL-2026
In-line 5 micron filter: Y      Pump rate: 250 mL/h
Start: 10:20          Stop: 11:05
Waste: ____           Witness: ____
Reaction: none. Post VS 11:10 BP 118/72 HR 80 SpO2 94%.
Signed K. Pellegrino, RN 11:22
"""

D2 = """
NURSING PROGRESS NOTE - INFUSION VISIT                          01/14/2026 11:30
BEAULIEU, Antoinette R   57 F
S: "Fewer chest colds this winter than last - I think the weekly infusions help."
   No fever, no new cough. Sleeping better.
O: Wt 61.8 kg (prev 62.5 kg 01/07)  Δ -0.7 kg
   HR 82 (prev 90) ↓   BP 116/70 (prev 122/74)   SpO2 93 % RA (prev 92 %) ↑
   Dose 3,710 mg (was 3,750 mg on 01/07) - recalculated by pharmacy to today's wt
   Glassia infused 10:20-11:05 (prev wk 10:15-11:02), no reaction
A: Tolerating weekly augmentation; wt trending down slowly (63.0 kg in 12/2025).
P: Dietitian note forwarded. Next infusion 01/21/2026.
K. Pellegrino, RN
"""

D3 = """
LATE ENTRY / CORRECTION - NURSING
Written 01/19/2026 08:45 by Renee Thibault, RN (charge nurse)
Re: BEAULIEU, ANTOINETTE R (MRN 3390218) - date of service 01/14/2026

LATE ENTRY for 01/14/2026: Glassia waste 290 mg (14.5 mL) left in the 4th vial was
discarded in the pharmaceutical waste bin at 11:08 on 01/14/2026; witnessed by this
writer (R. Thibault, RN). Not charted at the time because the witness line was left open.

Correction to infusion record of 01/14/2026: weight should read 61.8 kg. "68.1 kg" was
entered in error (digits transposed). The dose was calculated on 61.8 kg (60 mg/kg =
3,708 mg, dispensed as 3,710 mg) - no dose change.
K. Pellegrino, RN (original author) reviewed and agrees 01/19/2026.
R. Thibault, RN 01/19/2026 08:58
"""

D4 = """
PULMONOLOGY FOLLOW-UP                                                 12/09/2025
Antoinette R. Beaulieu   57 F        Sandra Abernathy, MD
Problem list: alpha-1 antitrypsin deficiency, genotype PI*Z/Mheerlen (SERPINA1
sequencing 2020: c.1096G>A and c.1178C>T); emphysema, panacinar, lower lobes;
severe airflow obstruction. Former smoker - quit 2012 (15 pk-yr).
Baseline AAT 31 mg/dL (nephelometry, 2020).

Trend           12/09/25         06/10/25         12/10/24
  Wt            63.0 kg          64.4 kg          64.1 kg
  FEV1          0.92 L (39 %)    0.95 L (40 %)    0.94 L (40 %)
  FEV1/FVC      0.38             0.39             0.38
  DLCO          36 %             --               38 %
  Exacerbations 1 in 2025 (vs 4 in 2020 before augmentation)

Exam: BMI 24.6, pursed-lip breathing, distant breath sounds, no wheeze, no edema.
Meds: Glassia IV weekly; Breztri 2 puffs BID; albuterol prn; O2 2 L with exertion;
      calcium + vitamin D; sertraline 50 mg daily.

Assessment: stable on Glassia since 2021 - no measurable FEV1 decline over 12 months.
Plan: continue Glassia 60 mg/kg weekly; Medicaid PA SCM-77120-A1 renewed to 06/30/2026.
Nutrition: wt down 1.4 kg since June - dietitian referral. If BMI < 22 add supplement.
Brother (60) PI*MZ, daughter untested.                       S. Abernathy, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-14", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-01-14", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-19", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2025-12-09", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d4", "_ev": "alpha-1 antitrypsin deficiency, genotype PI*Z/Mheerlen"},
    {"kind": "genotype", "alleles": ["Z", "MHEERLEN"], "_doc": "d4", "_ev": "PI*Z/Mheerlen"},
    {"kind": "serum_aat", "value": 31, "unit": "mg/dL", "_doc": "d4", "_ev": "Baseline AAT 31 mg/dL", "_method": "nephelometry"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d4", "_ev": "emphysema, panacinar, lower lobes"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d4", "_ev": "severe airflow obstruction"},
    {"kind": "weight", "value": 61.8, "unit": "kg", "value_kg": 61.8, "_doc": "d2", "_ev": "Wt 61.8 kg", "_date": "2026-01-14"},
    {"kind": "weight", "value": 62.5, "unit": "kg", "value_kg": 62.5, "_doc": "d2", "_ev": "prev 62.5 kg 01/07", "_date": "2026-01-07"},
    {"kind": "weight", "value": 63.0, "unit": "kg", "value_kg": 63.0, "_doc": "d4", "_ev": "63.0 kg", "_date": "2025-12-09"},
    {"kind": "weight", "value": 64.4, "unit": "kg", "value_kg": 64.4, "_doc": "d4", "_ev": "64.4 kg", "_date": "2025-06-10"},
    {"kind": "weight", "value": 64.1, "unit": "kg", "value_kg": 64.1, "_doc": "d4", "_ev": "64.1 kg", "_date": "2024-12-10"},
    {"kind": "dose", "value": 3710, "_doc": "d1", "_ev": "Dose given: 3,710 mg (185.5 mL)"},
    {"kind": "wastage", "value": 290, "_doc": "d3", "_ev": "Glassia waste 290 mg (14.5 mL)"},
    {"kind": "lot_number", "value": "KB25G1736", "_doc": "d1", "_ev": "Lot: KB25G1736"},
    {"kind": "expiration_date", "value": "2026-07-31", "_doc": "d1", "_ev": "Exp: 31-JUL-2026"},
    {"kind": "infusion_start", "value": "10:20", "_doc": "d1", "_ev": "Start: 10:20"},
    {"kind": "infusion_end", "value": "11:05", "_doc": "d1", "_ev": "Stop: 11:05"},
    {"kind": "fev1", "value": 39, "_doc": "d4", "_ev": "0.92 L (39 %)"},
    {"kind": "fev1", "value": 40, "_doc": "d4", "_ev": "0.95 L (40 %)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "Fewer chest colds this winter than last - I think the weekly infusions help."},
    {"kind": "prior_authorization", "value": "SCM-77120-A1", "_doc": "d4", "_ev": "Medicaid PA SCM-77120-A1"},
    {"kind": "smoking_status", "value": "former", "_doc": "d4", "_ev": "Former smoker - quit 2012"},
    {"kind": "drug_product", "value": "Glassia", "_doc": "d1", "_ev": "Product: Glassia", "_dos": True},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": DOS, "administered": True, "weight_kg": 61.8, "weight_date": "2026-01-14",
    "dose_mg": 3710, "target_mg": 3708.0, "pct_diff": 0.1, "within_10pct": True,
    "code": "J0257", "billing_unit_mg": 10, "units_expected": 371, "units_billed": 371,
    "vials_mg": [1000, 1000, 1000, 1000], "waste_mg": 290, "jw_expected": 29, "jw_billed": 29,
    "expirations": ["2026-07-31"], "expiration_ok": True,
}

TRAPS = [
    ("d1", "Weight: 68.1 kg", "entered in error, corrected to 61.8 kg"),
    ("d1", "Waste: ____", "blank at the time; late entry supplies it"),
    ("d1", "exp 06/30/2026", "PA expiry, not product expiration"),
    ("d1", "11:10", "post vitals"),
    ("d2", "was 3,750 mg on 01/07", "last week's dose"),
    ("d2", "prev wk 10:15-11:02", "last week's times"),
    ("d3", "\"68.1 kg\" was\nentered in error", "superseded weight"),
    ("d3", "60 mg/kg =\n3,708 mg", "calculation"),
    ("d3", "11:08", "waste time"),
    ("d4", "If BMI < 22", "hypothetical"),
    ("d4", "Brother (60) PI*MZ", "relative"),
]

NOTES = """
Complete after the late entry. The DOS administration record leaves 'Waste: ____' blank and has 'Weight: 68.1 kg';
the late entry written 01/19 by the charge RN (different clinician, days later) documents waste 290 mg (14.5 mL)
and corrects the weight to 61.8 kg ('68.1 kg' entered in error; superseded, not a finding). JW 29 = floor(290/10);
J0257 371 = ceil(3,710/10). Inline prior values: 'Wt 61.8 kg (prev 62.5 kg 01/07) Δ -0.7 kg', 'was 3,750 mg',
'prev wk 10:15-11:02', trend table weights 63.0/64.4/64.1 kg and FEV1 39/40 %. Genotype PI*Z/Mheerlen -> [Z,
MHEERLEN]. Exp written '31-JUL-2026'. The PA's own 'exp 06/30/2026' is not a product expiration.
"""
