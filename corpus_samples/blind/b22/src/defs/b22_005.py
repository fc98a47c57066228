# b22-005  medicaid  styles (2) chair-time / charge-capture worksheet + (7) correction written days later by another RN
# Complete after the correction: copied-forward lot PCL24K118 exp 01/31/2026 and stop 10:12 (before start 10:21)
# are replaced by lots PCL25C406 / PCL25B219 and stop 11:56. Prolastin-C Liquid 4,500 mg, J0256 x450 JZ.

CHART_ID = "b22-005"
DOS = "2026-03-04"
PAYER = {"profile": "medicaid", "name": "Bayou Health Connect (Louisiana Medicaid MCO)"}
PRIOR_AUTH = "BHC-2026-004417"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "96366", "units": 1, "modifiers": []},
    {"hcpcs": "96361", "units": 1, "modifiers": []},
    {"hcpcs": "96375", "units": 1, "modifiers": []},
    {"hcpcs": "J7040", "units": 1, "modifiers": []},
    {"hcpcs": "J1200", "units": 1, "modifiers": ["JZ"]},
]

D1 = """
MERCY ST. LANDRY INFUSION SERVICES  -  CHAIR TIME / CHARGE CAPTURE WORKSHEET
DOS 03/04/2026      Chair 3      Primary RN: D. Guidry, RN      Ordering: V. Thibodeaux, MD
Pt: FONTENOT, CURTIS J     MRN 551-20-887     DOB 09/09/1967     Allergies: sulfa (rash)
Payer: Bayou Health Connect (Medicaid)   PA BHC-2026-004417 (01/15/2026 - 01/14/2027)
Dx: E88.01 AATD; J43.8 emphysema; J44.9 COPD

CHAIR TIME        In chair 09:05      Out of chair 12:14      Total 189 min

VITALS / WT
  09:08   BP 136/84   HR 72   T 36.8   RR 16   SpO2 95% RA   Wt 74.6 kg (standing)
  10:30   BP 142/88   HR 84   SpO2 95%   facial flushing, warm - rate 120 -> 50 mL/h
  10:50   BP 130/80   HR 74   SpO2 96%   flushing resolved, continue 50 mL/h
  11:30   BP 128/78   HR 70   SpO2 96%
  12:00   BP 126/78   HR 68   SpO2 96%   post

ACCESS   PIV 22g R forearm 09:12 (1 attempt), blood return +; removed 12:02

ADMINISTRATION / CHARGE LINES
Ln  Item                                Start   Stop    Amount       CPT/HCPCS     Units  Mod
--  ----------------------------------  ------  ------  -----------  ------------  -----  ---
1   NS 500 mL hydration (pre; PO        09:20   09:58   500 mL       96361         1
    intake poor, BUN 28)                                             J7040         1
2   Acetaminophen 650 mg PO (premed)    09:15   --      650 mg       not billed
3   Diphenhydramine 25 mg IV push       10:00   10:02   25 mg        96375         1
    (premed)                                                         J1200         1      JZ
4   Prolastin-C Liquid (alpha1-PI)      10:21   10:12   4,500 mg     96365         1
    4 g/80 mL vial + 500 mg/10 mL vial                  (90 mL)      96366         1
                                                                     J0256         450    JZ
    Lot PCL24K118    Exp 01/31/2026
    Waste: none - both vials fully infused, no partial vial
5   NS flush 10 mL                      11:58   --      10 mL        bundled

Dose check: order 60 mg/kg; 60 x 74.6 = 4,476 mg -> 4,500 mg (vial combination),
within 10 % per protocol. Max rate 0.08 mL/kg/min = 6.0 mL/min (360 mL/h); started at
120 mL/h (pt preference), reduced to 50 mL/h at 10:30 for flushing (no epi/steroid).
Initial service: 96365 (A1PI) + 96366 (A1PI ran > 90 min). Hydration billed as 96361
(secondary, 38 min). Coder: ok to drop - M. Lejeune 03/05

RN: Flushing resolved with rate reduction; otherwise tolerated all lines.
Next chair 03/11/2026 09:00 - start at 50 mL/h.  D. Guidry, RN
"""

D2 = """
INFUSION SERVICES - ADDENDUM / CORRECTION
Correction to chair-time worksheet of 03/04/2026  (FONTENOT, CURTIS J, MRN 551-20-887)
Entered 03/09/2026 15:40 by Annette Broussard, RN, BSN - Infusion Nurse Manager
Reason: weekly chart audit. Line 4 lot/exp and A1PI stop time do not match the pharmacy
dispensing record (RX-0304-118) or the pump history.

1. "Lot PCL24K118 / Exp 01/31/2026" on line 4 was copied forward from the 01/2025
   worksheet template - ENTERED IN ERROR. Product dispensed and infused 03/04/2026:
     Prolastin-C Liquid 4 g/80 mL      lot PCL25C406   exp 02/28/2027
     Prolastin-C Liquid 500 mg/10 mL   lot PCL25B219   exp 12/31/2026
2. A1PI stop time "10:12" is replaced by 11:56 (pump history: infusion complete 11:56).
   10:12 is when the diphenhydramine tubing was disconnected.
3. No change to the dose given (4,500 mg), waste (none) or charge lines.
Original RN D. Guidry notified 03/09/2026 16:05 and agrees with the corrections.
A. Broussard, RN  03/09/2026 15:52
"""

D3 = """
MERCY ST. LANDRY INFUSION SERVICES  -  CHAIR TIME / CHARGE CAPTURE WORKSHEET
DOS 02/25/2026      Chair 5      Primary RN: T. Hebert, RN
Pt: FONTENOT, CURTIS J     MRN 551-20-887
CHAIR TIME        In chair 09:10      Out of chair 10:58
VITALS / WT   09:12  BP 132/80  HR 74  SpO2 95% RA  Wt 75.1 kg
Ln  Item                               Start   Stop    Amount       CPT/HCPCS     Units  Mod
1   Acetaminophen 650 mg PO (premed)     09:20   --      650 mg       not billed
2   Diphenhydramine 25 mg IV push        09:50   09:52   25 mg        96374 / J1200 1
3   Prolastin-C Liquid                   10:15   10:33   4,500 mg     96365         1
    4 g + 500 mg vials   Lot PCL25A112   Exp 11/30/2026               J0256         450    JZ
    Waste: none
RN: uneventful.  T. Hebert, RN
"""

D4 = """
ACADIANA PULMONARY & SLEEP - OFFICE VISIT                      01/27/2026
Patient: Curtis J. Fontenot   58 M   DOB 09/09/1967     Provider: Valerie Thibodeaux, MD

HPI: Alpha-1 antitrypsin deficiency, PI*SZ, with emphysema, on weekly Prolastin-C Liquid
since 2021 (Prolastin-C lyophilized before that). Since augmentation: about 1
exacerbation/yr vs 3/yr before, and FEV1 decline has slowed to -30 mL/yr from -110 mL/yr
in the 3 years before treatment. Continues pulmonary rehab twice weekly.
Social: former smoker, quit 2017 (25 pk-yr); works as a parts clerk; no vaping.
Family: brother PI*MZ (AAT 98 mg/dL), mother died of cirrhosis age 61 (untested).

Genotype (2021): SERPINA1 c.863A>T and c.1096G>A, compound heterozygous - PI*SZ.
Pre-treatment AAT (2021): 8.9 µmol/L.
CT chest 2023: centrilobular and panlobular emphysema, lower-lobe predominant.
PFT (post-BD): FEV1 1.74 L, 52 % pred (01/2026); 1.77 L, 53 % pred (07/2025).

Exam: Wt 75.8 kg   BP 134/82   SpO2 94% RA. Decreased breath sounds at bases, no wheeze.

A/P
1. AATD (PI*SZ) with emphysema / COPD GOLD 2 - continue Prolastin-C Liquid 60 mg/kg IV
   weekly. Medicaid PA BHC-2026-004417 renewed through 01/14/2027.
2. Continue Stiolto, albuterol prn. Annual LFTs / elastography - due 05/2026.
3. Return 6 months with PFT.      V. Thibodeaux, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-04", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-03-09", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-02-25", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-01-27", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d4", "_ev": "Alpha-1 antitrypsin deficiency, PI*SZ"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d4", "_ev": "c.863A>T and c.1096G>A, compound heterozygous - PI*SZ"},
    {"kind": "serum_aat", "value": 8.9, "unit": "uM", "_doc": "d4", "_ev": "Pre-treatment AAT (2021): 8.9 µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d4", "_ev": "centrilobular and panlobular emphysema"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d4", "_ev": "COPD GOLD 2"},
    {"kind": "weight", "value": 74.6, "unit": "kg", "value_kg": 74.6, "_doc": "d1", "_ev": "Wt 74.6 kg (standing)", "_date": "2026-03-04"},
    {"kind": "weight", "value": 75.1, "unit": "kg", "value_kg": 75.1, "_doc": "d3", "_ev": "Wt 75.1 kg", "_date": "2026-02-25"},
    {"kind": "weight", "value": 75.8, "unit": "kg", "value_kg": 75.8, "_doc": "d4", "_ev": "Wt 75.8 kg", "_date": "2026-01-27"},
    {"kind": "dose", "value": 4500, "_doc": "d2", "_ev": "No change to the dose given (4,500 mg)"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Waste: none - both vials fully infused"},
    {"kind": "lot_number", "value": "PCL25C406", "_doc": "d2", "_ev": "lot PCL25C406"},
    {"kind": "lot_number", "value": "PCL25B219", "_doc": "d2", "_ev": "lot PCL25B219"},
    {"kind": "expiration_date", "value": "2027-02-28", "_doc": "d2", "_ev": "exp 02/28/2027"},
    {"kind": "expiration_date", "value": "2026-12-31", "_doc": "d2", "_ev": "exp 12/31/2026"},
    {"kind": "infusion_start", "value": "10:21", "_doc": "d1", "_ev": "10:21   10:12   4,500 mg"},
    {"kind": "infusion_end", "value": "11:56", "_doc": "d2", "_ev": "replaced by 11:56"},
    {"kind": "fev1", "value": 52, "_doc": "d4", "_ev": "52 % pred (01/2026)"},
    {"kind": "fev1", "value": 53, "_doc": "d4", "_ev": "53 % pred (07/2025)"},
    {"kind": "response_to_therapy", "_doc": "d4", "_ev": "Since augmentation: about 1\nexacerbation/yr vs 3/yr before"},
    {"kind": "prior_authorization", "value": "BHC-2026-004417", "_doc": "d4", "_ev": "Medicaid PA BHC-2026-004417"},
    {"kind": "smoking_status", "value": "former", "_doc": "d4", "_ev": "former smoker, quit 2017"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_doc": "d1", "_ev": "Prolastin-C Liquid (alpha1-PI)", "_dos": True},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d4", "_ev": "(Prolastin-C lyophilized before that)"},
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
    "dos": DOS, "administered": True, "weight_kg": 74.6, "weight_date": "2026-03-04",
    "dose_mg": 4500, "target_mg": 4476.0, "pct_diff": 0.5, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 450, "units_billed": 450,
    "vials_mg": [4000, 500], "waste_mg": 0, "jw_expected": 0, "jw_billed": 0,
    "expirations": ["2026-12-31", "2027-02-28"], "expiration_ok": True,
}

TRAPS = [
    ("d1", "Lot PCL24K118    Exp 01/31/2026", "entered in error (copied forward), superseded"),
    ("d1", "10:21   10:12", "original stop 10:12 replaced by the correction"),
    ("d1", "rate 120 -> 50 mL/h", "rate change"),
    ("d1", "11:58", "flush time"),
    ("d1", "60 x 74.6 = 4,476 mg", "calculation"),
    ("d1", "09:20   09:58", "hydration times"),
    ("d1", "10:00   10:02", "diphenhydramine push times"),
    ("d1", "In chair 09:05", "chair time"),
    ("d1", "Next chair 03/11/2026", "next visit"),
    ("d2", "10:12 is when the diphenhydramine tubing", "superseded value explained"),
    ("d3", "Lot PCL25A112   Exp 11/30/2026", "other date's lot"),
    ("d3", "10:15   10:33", "other date's times"),
    ("d4", "brother PI*MZ (AAT 98 mg/dL)", "relative"),
    ("d4", "-30 mL/yr from -110 mL/yr", "decline figures"),
]

NOTES = """
Complete once the correction is applied. The DOS chair-time worksheet (each line its own start/stop and
CPT/HCPCS) shows lot PCL24K118 exp 01/31/2026 (would be expired) and an A1PI stop of 10:12, before the 10:21
start. The correction written 03/09 by the nurse manager (a different clinician) marks the lot/exp entered in
error (copied forward) and replaces the stop time with 11:56 (the A1PI was slowed to 50 mL/h after flushing: 96365 + 96366); the corrected lots PCL25C406 (exp 02/28/2027) and
PCL25B219 (exp 12/31/2026) are the findings. The prior-week worksheet (02/25: lot PCL25A112, 10:15-10:33, 75.1
kg) is another date: only its weight is a (historical) finding. PI*SZ on medicaid with 8.9 umol/L: genotype met.
Hydration/premed lines and times, the 4,476 mg calculation, brother PI*MZ 98 mg/dL are traps.
"""
