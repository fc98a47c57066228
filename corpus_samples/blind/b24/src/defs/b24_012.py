"""b24-012: medicaid, NEGATIVE CONTROL (dose held per hold parameter: fever). Styles (5) standing
order sheet with hold parameters and the nursing administration log beneath + (1) Epic Beacon
treatment-day print with the day HELD (not released, pharmacy cancelled before compounding) and
the same-day NP note. Claim: 99211 only."""

CHART_ID = "b24-012"
DOS = "2026-01-29"
PAYER = {"profile": "medicaid", "name": "MaineCare"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "99211", "units": 1, "modifiers": []},
]

D1 = """
PENOBSCOT VALLEY HOSPITAL - AMBULATORY INFUSION
STANDING ORDERS: ALPHA-1 PROTEINASE INHIBITOR (PROLASTIN-C) - WEEKLY
Patient: PELLETIER, JOANNE M      MRN: PV-4418092      DOB: 12/03/1964
Diagnosis: E88.01 alpha-1-antitrypsin deficiency; J43.9 emphysema
Orders valid: 09/01/2025 - 08/31/2026

1. Weight each visit; pharmacy doses 60 mg/kg rounded to nearest 1,000 mg vial (+/-10%).
2. Administer 60 mg/kg IV over ~15-20 min at 0.08 mL/kg/min (5 micron filter).
3. HOLD PARAMETERS - do not release; notify provider:
     a. Hold if temp > 38.0 C
     b. Hold if new antibiotic or systemic steroid for exacerbation within 48 h
     c. Hold if SpO2 < 88% RA or resp distress
   Pharmacy is to be called BEFORE reconstitution when a hold parameter is met.
4. Reaction: stop infusion; diphenhydramine 50 mg IV; hydrocortisone 100 mg IV; call RRT.
Ordering: Liam Thibodeau, MD  /s/ 08/27/2025      Verified: Grace Nadeau, PharmD /s/ 08/28/2025

NURSING ADMINISTRATION LOG (beneath order)
Date      Wt (kg)  Temp   Hold?  Dose given   Lot / Exp                Start  Stop   Waste    RN
01/15/26  66.8     36.7   No     4,000 mg     25M0822 / 06-2027        0933   0951   0 mg     RB
01/22/26  66.5     36.9   No     4,000 mg     25M0822 / 06-2027        0941   0958   0 mg     RB
01/29/26  66.2     38.4   YES    NOT GIVEN    --                       --     --     --       KT
   01/29 note (K. Tardif, RN): 0912 temp 38.4 C oral, rechecked 0920 38.5 C. Cough with
   yellow sputum x 2 days. Hold parameter 3a met. Pharmacy called 0924 before reconstitution -
   no product prepared. NP Dubois notified 0926, saw pt in clinic 0940. PIV not placed.
02/05/26  (rescheduled)
"""

D2 = """
Penobscot Valley Health | BEACON - Treatment Day (Therapy Plan)          Printed 01/29/2026 13:05
PELLETIER, JOANNE M   MRN PV-4418092   61 y F
Therapy plan: ALPHA-1 ANTITRYPSIN Q7D, Cycle 51 Day 1     Plan provider: L. Thibodeau, MD
Plan type: non-oncology therapy plan      Start: 02/06/2025      Status: Active
Authorization: MaineCare PA # MC-2025-118870 (09/01/2025-08/31/2026)

TREATMENT DAY STATUS: HELD - Day 1 not released

Events
  01/28/26 14:10  Sign         C51D1 orders signed                       THIBODEAU, L (MD)
  01/29/26 09:02  Arrived      Check-in                                  REGISTRATION
  01/29/26 09:12  Vitals       T 38.4 C, HR 104, BP 118/70, SpO2 92% RA  TARDIF, K (RN)
  01/29/26 09:25  Hold         Reason: fever > 38.0 C (plan parameter)   TARDIF, K (RN)
  01/29/26 09:29  Pharmacy     Order cancelled before compounding        NADEAU, G (PHARMD)
  01/29/26 10:18  Departed                                               REGISTRATION

Planned vs Given
  alpha-1-proteinase inhibitor (PROLASTIN-C) IV   Planned 4,000 mg (60 mg/kg x 66.2 kg =
                                                  3,972 mg, rounded)    Given: -- (HELD)
  acetaminophen 650 mg PO (PRN)                   Given 650 mg @ 09:31 for fever

Rescheduled: C51D1 -> 02/05/2026 09:00 (planned 4,000 mg)
Last given: C50D1 01/22/2026 4,000 mg
"""

D3 = """
PENOBSCOT VALLEY HOSPITAL - PULMONARY CLINIC
Acute visit (same day as infusion hold)     01/29/2026     Celine Dubois, FNP-C
Supervising: L. Thibodeau, MD
Patient: Joanne M. Pelletier   DOB 12/03/1964

S: Sent over from infusion - febrile, held this week's Prolastin-C. Two days of productive
   cough, yellow sputum, more SOB on stairs. No chest pain. Never smoker. Known AATD (PI*ZZ,
   AAT 0.29 g/L in 2021) with emphysema; on weekly augmentation since 02/2025.
   Before augmentation she averaged four exacerbations a year; she has done well on therapy,
   with only one exacerbation in the past 12 months (this would be the second).
O: T 38.5, HR 102, RR 22, BP 116/70, SpO2 92% RA, Wt 66.2 kg.
   Coarse rhonchi R base, no consolidation on exam. CXR (today): no infiltrate.
   Last PFT 10/2025: FEV1 1.08 L (39% pred).
A: Acute exacerbation of emphysema with bronchitis; AATD.
P: - Doxycycline 100 mg BID x 5 d; prednisone 40 mg daily x 5 d.
   - Augmentation on hold this week; resume 02/05 if afebrile >= 48 h (standing order 3b:
     steroid burst started today, so 02/05 is outside the 48 h window).
   - Return precautions; call if SpO2 < 88%.
   - Daughter (PI*MZ) asked about testing her kids - referred to genetics.

C. Dubois, FNP-C  signed 01/29/2026 11:02    Cosign: L. Thibodeau, MD 01/29/2026 16:40
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-29", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-01-29", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-29", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Known AATD (PI*ZZ"},
    {"kind": "serum_aat", "value": 0.29, "unit": "g/L", "_doc": "d3", "_ev": "AAT 0.29 g/L in 2021"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.9 emphysema"},
    {"kind": "weight", "value": 66.2, "unit": "kg", "value_kg": 66.2, "_date": "2026-01-29", "_doc": "d3", "_ev": "Wt 66.2 kg"},
    {"kind": "weight", "value": 66.5, "unit": "kg", "value_kg": 66.5, "_date": "2026-01-22", "_doc": "d1", "_ev": "01/22/26  66.5", "_hdr": "Wt (kg)"},
    {"kind": "weight", "value": 66.8, "unit": "kg", "value_kg": 66.8, "_date": "2026-01-15", "_doc": "d1", "_ev": "01/15/26  66.8", "_hdr": "Wt (kg)"},
    {"kind": "fev1", "value": 39, "_doc": "d3", "_ev": "FEV1 1.08 L (39% pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "she has done well on therapy,\n   with only one exacerbation in the past 12 months"},
    {"kind": "prior_authorization", "value": "MC-2025-118870", "_doc": "d2", "_ev": "MaineCare PA # MC-2025-118870"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Never smoker."},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d3", "_ev": "held this week's Prolastin-C"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "not_applicable",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-01-29",
    "weight": {"value": 66.2, "unit": "kg", "kg": 66.2, "date": "2026-01-29"},
    "dose_mg": None,
    "target_mg": 3972.0,
    "tolerance_mg": 397.2,
    "deviation_pct": None,
    "within_tolerance": None,
    "code": None,
    "billing_unit_mg": None,
    "units_expected": None,
    "units_billed": None,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": None,
    "modifiers": [],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
NEGATIVE CONTROL. Prolastin-C held on the DOS (temp 38.4 °C > 38.0, hold parameter 3a): Beacon
day HELD / not released, pharmacy cancelled before compounding, "NOT GIVEN" row in the log; claim
99211 only. No administration facts for the DOS: dose, dose/weight, waste, lot, expiration and
times missing; units and code not applicable. Traps: the 01/15 and 01/22 log rows (4,000 mg, lot
25M0822 exp 06-2027, 0933/0951 and 0941/0958, waste 0 mg) are other visits; planned 4,000 mg and
the 3,972 mg calc; rescheduled 02/05 planned 4,000 mg; "Last given: C50D1 01/22/2026 4,000 mg";
acetaminophen 650 mg @ 09:31; doxycycline 100 mg, prednisone 40 mg; diphenhydramine 50 mg,
hydrocortisone 100 mg; vitals/hold/pharmacy/arrival/departure times; "no product prepared" is not
a waste statement; daughter PI*MZ. Weights from the log rows (66.5, 66.8; unit from the "Wt (kg)"
column header) listed; DOS 66.2 kg. Prolastin-C listed as the patient's product (not given on DOS).
"""
