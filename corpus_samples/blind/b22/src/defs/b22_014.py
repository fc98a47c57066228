# b22-014  commercial  styles (2) chair-time / charge-capture worksheet + (3) commercial reauthorization peer-to-peer
# Complete. PI*SZ with pre-treatment AAT 9.6 uM (commercial: SZ counts with a level below threshold).
# Prolastin-C Liquid 6,000 mg (4 g + 2 x 1 g vials, no waste), J0256 x600 JZ.

CHART_ID = "b22-014"
DOS = "2025-12-30"
PAYER = {"profile": "commercial", "name": "Northwind Health Plus EPO"}
PRIOR_AUTH = "NWH-UM-88301457"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 600, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "96361", "units": 1, "modifiers": []},
    {"hcpcs": "J7050", "units": 1, "modifiers": []},
    {"hcpcs": "90686", "units": 1, "modifiers": []},
    {"hcpcs": "90471", "units": 1, "modifiers": []},
]

D1 = """
NORTHWIND HEALTH PLUS - UTILIZATION MANAGEMENT
PEER-TO-PEER REVIEW - TRANSCRIPT SUMMARY
UM case: 25-CR-118834 (continuation)   Member: ACHTERBERG, RAYMOND J   DOB 06/02/1964
Drug: Prolastin-C Liquid, J0256, 60 mg/kg IV weekly
Date/time: 12/15/2025 08:05-08:21 PT
Plan reviewer: Dana Whitlock, MD, FCCP (Medical Director)
Attending: Omar Haddad, MD, Cascade Pulmonary

WHITLOCK: Morning. This is the annual continuation. Two questions. One, the genotype on
  file is SZ - policy PH-RX-57 covers SZ only when serum AAT is under 11 micromolar. Two,
  continuation needs documented clinical benefit.
HADDAD: He's PI*SZ, and his pre-treatment level in 2020 was 9.6 micromolar. That's in
  the records we sent, page 14.
WHITLOCK: Found it - 9.6. Fine. Benefit?
HADDAD: Exacerbations went from four in 2020 to one this year, none needing admission.
  FEV1 54 percent predicted this month, 57 in June; his decline before therapy was about
  100 mL a year, now it's roughly 30. CT densitometry is stable. He's never smoked.
WHITLOCK: Good. Policy also wants FEV1 between 25 and 80 - he's in. Dosing: he's a big
  guy. What's the weight?
HADDAD: 102.3 kilos at his visit on the 9th.
WHITLOCK: 60 times 102.3 is 6,138, so 614 units. I'll approve up to 620 units per
  weekly dose so small weight changes don't need a new request. Our plan does not pay
  JW lines; bill the administered amount only.
HADDAD: We round to the vial combination, usually 6 grams.
WHITLOCK: That's within label dosing. Approved 12/16/2025 through 12/15/2026,
  authorization NWH-UM-88301457. If he ever starts smoking, call us - that changes
  eligibility.
Outcome: continuation APPROVED, 52 weekly doses, up to 620 units/dose.
"""

D2 = """
CASCADE PULMONARY INFUSION SUITE - CHAIR TIME & CHARGE CAPTURE
DOS 12/30/2025  | Chair 4 | RN: L. Fairbanks | Ordering: O. Haddad, MD
ACHTERBERG, RAYMOND J  | MRN 7028815 | DOB 06/02/1964 | Northwind Health Plus EPO
Auth NWH-UM-88301457 (12/16/2025-12/15/2026, <=620 u/dose)
Chair in 09:30  | Chair out 11:15 | 105 min

VS/WT  09:33  T 36.6  HR 72  BP 138/86  SpO2 95% RA  Wt 101.6 kg (standing)

| # | Item                          | Dose      | Start | Stop  | CPT/HCPCS       | Units/Mod |
|---|-------------------------------|-----------|-------|-------|-----------------|-----------|
| 1 | Loratadine PO (premed)        | 10 mg     | 09:36 | --    | --              | --        |
| 2 | NS 250 mL IV (hydration;      | 250 mL    | 09:40 | 10:20 | 96361           | 1         |
|   |   holiday travel, poor PO)    |           |       |       | J7050           | 1         |
| 3 | Prolastin-C Liquid IV         | 6,000 mg  | 10:25 | 10:44 | 96365           | 1         |
|   |   4 g/80 mL x1 + 1 g/20 mL x2 | (120 mL)  |       |       | J0256           | 600 JZ    |
| 4 | Influenza vaccine (IIV4)      | 0.5 mL    | 10:55 | --    | 90686 + 90471   | 1 / 1     |
|   |   IM L deltoid                |           |       |       |                 |           |

Line 3 product detail
  4 g/80 mL vial:  lot PCL25E771   exp 01/31/2027
  1 g/20 mL vial:  lot PCL25F208   exp 10/31/2026   (x2, same lot)
  Waste: 0 mg - 3 vials fully infused, no partial vial (JZ)
  Dose check: 60 mg/kg x 101.6 kg = 6,096 mg; 6,000 mg vial combination (-1.6 %), OK per
  protocol.
Line 4 vaccine: lot UT8429KA exp 06/30/2026 (VIS given)

Coder J. Mbeki 12/31: hydration ran first but 96365 (A1PI) is the initial service per
hierarchy -> hydration billed 96361 (40 min), not 96360. A1PI 19 min: no 96366.
RN: no reaction; PIV out 11:05; discharged 11:15.   L. Fairbanks, RN
"""

D3 = """
CASCADE PULMONARY - PROGRESS NOTE                                   12/09/2025
Raymond J. Achterberg   61 M   MRN 7028815             Omar Haddad, MD

Dx: alpha-1 antitrypsin deficiency, PI*SZ (genotype 2020); pre-treatment AAT 9.6 µmol/L.
Emphysema (panlobular, basal) and COPD GOLD 2. Never smoker; long-time machinist
(metal fume exposure, now with respirator).
On Prolastin-C Liquid weekly since 04/2020.

Response: exacerbations 1 this year vs 4 in 2020; FEV1 decline slowed to ~30 mL/yr from
~100 mL/yr before augmentation. He reports more stamina at work.
PFT today: FEV1 2.01 L, 54 % pred (06/2025: 2.09 L, 57 % pred). FEV1/FVC 0.52.
Wt 102.3 kg   BP 140/84   SpO2 95% RA

Plan: continue Prolastin-C Liquid 60 mg/kg weekly; continuation P2P scheduled 12/15.
Flu vaccine at next infusion. Son (33) PI*MS - no follow-up needed. RTC 6 months.
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2025-12-15", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2025-12-30", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-12-09", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency, PI*SZ"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d3", "_ev": "PI*SZ (genotype 2020)"},
    {"kind": "serum_aat", "value": 9.6, "unit": "uM", "_doc": "d3", "_ev": "pre-treatment AAT 9.6 µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "Emphysema (panlobular, basal)"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d3", "_ev": "COPD GOLD 2"},
    {"kind": "weight", "value": 101.6, "unit": "kg", "value_kg": 101.6, "_doc": "d2", "_ev": "Wt 101.6 kg (standing)", "_date": "2025-12-30"},
    {"kind": "weight", "value": 102.3, "unit": "kg", "value_kg": 102.3, "_doc": "d3", "_ev": "Wt 102.3 kg", "_date": "2025-12-09"},
    {"kind": "dose", "value": 6000, "_doc": "d2", "_ev": "6,000 mg  | 10:25"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "Waste: 0 mg - 3 vials fully infused"},
    {"kind": "lot_number", "value": "PCL25E771", "_doc": "d2", "_ev": "lot PCL25E771"},
    {"kind": "lot_number", "value": "PCL25F208", "_doc": "d2", "_ev": "lot PCL25F208"},
    {"kind": "expiration_date", "value": "2027-01-31", "_doc": "d2", "_ev": "exp 01/31/2027"},
    {"kind": "expiration_date", "value": "2026-10-31", "_doc": "d2", "_ev": "exp 10/31/2026"},
    {"kind": "infusion_start", "value": "10:25", "_doc": "d2", "_ev": "| 10:25 | 10:44 |"},
    {"kind": "infusion_end", "value": "10:44", "_doc": "d2", "_ev": "| 10:25 | 10:44 |"},
    {"kind": "fev1", "value": 54, "_doc": "d3", "_ev": "FEV1 2.01 L, 54 % pred"},
    {"kind": "fev1", "value": 57, "_doc": "d3", "_ev": "2.09 L, 57 % pred"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "Response: exacerbations 1 this year vs 4 in 2020"},
    {"kind": "prior_authorization", "value": "NWH-UM-88301457", "_doc": "d1", "_ev": "authorization NWH-UM-88301457"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Never smoker"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_doc": "d2", "_ev": "Prolastin-C Liquid IV", "_dos": True},
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
    "dos": DOS, "administered": True, "weight_kg": 101.6, "weight_date": "2025-12-30",
    "dose_mg": 6000, "target_mg": 6096.0, "pct_diff": -1.6, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 600, "units_billed": 600,
    "vials_mg": [4000, 1000, 1000], "waste_mg": 0, "jw_expected": 0, "jw_billed": 0,
    "expirations": ["2026-10-31", "2027-01-31"], "expiration_ok": True,
}

TRAPS = [
    ("d1", "25-CR-118834", "UM case number"),
    ("d1", "under 11 micromolar", "policy threshold"),
    ("d1", "FEV1 between 25 and 80", "policy range"),
    ("d1", "60 times 102.3 is 6,138, so 614 units", "reviewer calculation"),
    ("d1", "up to 620 units", "approved units"),
    ("d1", "If he ever starts smoking", "hypothetical"),
    ("d2", "60 mg/kg x 101.6 kg = 6,096 mg", "calculation"),
    ("d2", "| 09:40 | 10:20 |", "hydration times"),
    ("d2", "lot UT8429KA exp 06/30/2026", "vaccine lot/exp"),
    ("d2", "10:55", "vaccine time"),
    ("d2", "PIV out 11:05", "PIV removal"),
    ("d3", "Son (33) PI*MS", "relative"),
]

NOTES = """
Complete. Commercial continuation P2P: reviewer quotes PH-RX-57 (SZ covered only with AAT under 11 uM; FEV1 25-80),
computes 6,138 mg / 614 units and approves up to 620 units/dose (traps); the attending's statements (PI*SZ,
9.6 micromolar, FEV1 54/57 %, never smoked, 102.3 kilos) are the patient's facts. Commercial SZ with a documented
level below threshold -> genotype met. Chair-time sheet with four lines, each with its own times and codes:
loratadine PO, NS 250 mL hydration 09:40-10:20 (96361), Prolastin-C Liquid 10:25-10:44 (96365, J0256 600 JZ),
influenza vaccine 10:55 (lot UT8429KA exp 06/30/2026 - not the A1PI lot). Waste 0 mg with JZ on a commercial claim:
met. 6,000 mg vs 60 x 101.6 = 6,096 mg (-1.6 %). Son PI*MS is a relative.
"""
