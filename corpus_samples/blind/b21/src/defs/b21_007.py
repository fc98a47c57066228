"""b21-007: medicare, Prolastin-C Liquid billed J2252 (1 mg units) JZ. Styles (7) relative-time log
(only T0 absolute) + (5) month-view calendar grid. Complete."""

CHART_ID = "b21-007"
DOS = "2026-01-21"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Novitas JL)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J2252", "units": 4500, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [7, 5]

D1 = """
CHESAPEAKE PULMONARY & SLEEP - PROGRESS NOTE
Patient: CASTELLANO, Vincent R.   DOB 07/30/1950   Date of visit: 12/10/2025
Attending: Priya Raghunathan, MD

Interval hx: 75 y/o man with alpha-1 antitrypsin deficiency (Z/Mmalton; SERPINA1
sequencing 2018, Z = c.1096G>A, Mmalton = c.226_228del), serum AAT 7.2 uM pre-treatment.
Weekly augmentation since 2018 - switched from Zemaira to Prolastin-C Liquid in 2023
(shorter chair time). Former smoker, 30 pk-yr, quit 2001.
No exacerbations in 2025. Walks 30 min most days. Mild ankle swelling, no orthopnea.

Vitals: BP 136/80  HR 72  SpO2 95 % RA  Wt 75.9 kg  BMI 25.4

PFT today: FEV1 1.31 L (46 % pred), FVC 3.02 L (78 %), FEV1/FVC 0.43 - obstructive
ventilatory defect, no significant BD response. DLCO 44 %.
FEV1 trend: 1.52 L (2018) -> 1.31 L (2025), i.e. ~30 mL/yr on augmentation, vs about
90 mL/yr in the 3 yr before he started.

Impression:
1. AATD, Z/Mmalton - responding to augmentation: decline in FEV1 has slowed and no
   exacerbations this year. Continue Prolastin-C Liquid 60 mg/kg IV weekly (Weds).
2. Emphysema, panlobular, lower-lobe predominant (CT 11/2024) - Stiolto, albuterol.
3. Ankle edema - amlodipine 10 -> 5 mg.
4. Daughter Gina (44) PI*MZ, level 86 mg/dL - counseled, not a candidate.
If FEV1 falls below 35 % will refer for transplant evaluation.
RTC 6 mo.                                      P. Raghunathan, MD
"""

D2 = """
A1PI INFUSION MONITORING LOG                   Chesapeake Pulmonary - Infusion Suite
Pt: CASTELLANO, Vincent R   MRN 818-22-409    Date 01/21/2026    Chair 3
Clock reference: T0 = 08:15 (nurse assessment begun). All times below = minutes after T0.

 T0     assessment begun. ID x2, allergies (NKDA) verified. Wt 74.8 kg (chair scale)
 T+3    VS  BP 142/84  HR 70  RR 16  SpO2 95 %  T 36.4
 T+6    PIV 22g L forearm, 1 attempt, flushed 10 mL NS, blood return +
 T+9    2-RN check of product (JP / RT):
          Prolastin-C Liquid 4,000 mg / 80 mL   lot 26B1107   exp 2026-08-31
          Prolastin-C Liquid   500 mg / 10 mL   lot 25L3360   exp 2026-06-30
          out of fridge ~25 min, room temp, clear, no particles
 T+12   INFUSION START  Prolastin-C Liquid 4,500 mg (90 mL) via pump @ 5.0 mL/min
 T+27   VS  BP 138/80  HR 72  RR 16  SpO2 96 %   (15 min into infusion) no reaction
 T+31   END OF INFUSION - pump "complete", 90 mL infused. Flushed 10 mL NS.
 T+35   VS  BP 134/78  HR 70  RR 16  SpO2 96 %
 T+48   PIV removed, catheter intact, pressure held 1 min
 T+52   discharged ambulatory, next infusion 01/28

 Dose given: 4,500 mg   Waste: none - both vials emptied into the bag set, nothing discarded
 Rate limit check: 0.08 mL/kg/min x 74.8 kg = 6.0 mL/min max (ran at 5.0)
 RN: J. Pappas RN     2nd check: R. Taveras RN
"""

D3 = """
INFUSION SCHEDULE - JANUARY 2026            Chesapeake Pulmonary - Infusion Suite
Pt: CASTELLANO, Vincent R   MRN 818-22-409   Prolastin-C Liquid weekly (WEDNESDAY)
cell = dose / lot / RN initials
+-----------+-----------+-----------+-------------+-----------+-----------+-----------+
| SUN       | MON       | TUE       | WED         | THU       | FRI       | SAT       |
+-----------+-----------+-----------+-------------+-----------+-----------+-----------+
|           |           |           |             | 1         | 2         | 3         |
|           |           |           |             | CLOSED    |           |           |
|           |           |           |             | New Year  |           |           |
+-----------+-----------+-----------+-------------+-----------+-----------+-----------+
| 4         | 5         | 6         | 7           | 8         | 9         | 10        |
|           |           |           | 4500 mg     |           |           |           |
|           |           |           | 25X2210     |           |           |           |
|           |           |           | JP          |           |           |           |
+-----------+-----------+-----------+-------------+-----------+-----------+-----------+
| 11        | 12        | 13        | 14          | 15        | 16        | 17        |
|           |           |           | 4500 mg     |           |           |           |
|           |           |           | 25X2210     |           |           |           |
|           |           |           | RT          |           |           |           |
+-----------+-----------+-----------+-------------+-----------+-----------+-----------+
| 18        | 19        | 20        | 21          | 22        | 23        | 24        |
|           | MLK Day   |           | 4500 mg     |           |           |           |
|           | closed    |           | 26B1107 +   |           |           |           |
|           |           |           | 25L3360  JP |           |           |           |
+-----------+-----------+-----------+-------------+-----------+-----------+-----------+
| 25        | 26        | 27        | 28          | 29        | 30        | 31        |
|           |           |           | sched       |           |           |           |
|           |           |           | 4500 mg     |           |           |           |
+-----------+-----------+-----------+-------------+-----------+-----------+-----------+
Dec 31 (prev. month): 4500 mg / 25X2210 / RT       Wt trend: 75.9 (12/10) -> 74.8 (01/21)
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2025-12-10", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-01-21", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-01-21", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "alpha-1 antitrypsin deficiency (Z/Mmalton"},
    {"kind": "genotype", "alleles": ["Z", "MMALTON"], "_doc": "d1", "_ev": "AATD, Z/Mmalton"},
    {"kind": "serum_aat", "value": 7.2, "unit": "uM", "_doc": "d1", "_ev": "serum AAT 7.2 uM pre-treatment"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d1", "_ev": "obstructive\nventilatory defect"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Emphysema, panlobular"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker, 30 pk-yr, quit 2001"},
    {"kind": "fev1", "value": 46, "_doc": "d1", "_ev": "FEV1 1.31 L (46 % pred)"},
    {"kind": "weight", "value": 75.9, "unit": "kg", "value_kg": 75.9, "_doc": "d1", "_ev": "Wt 75.9 kg", "_date": "2025-12-10"},
    {"kind": "weight", "value": 74.8, "unit": "kg", "value_kg": 74.8, "_doc": "d2", "_ev": "Wt 74.8 kg (chair scale)", "_date": "2026-01-21"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_doc": "d2", "_ev": "INFUSION START  Prolastin-C Liquid 4,500 mg", "_dos": True},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d1", "_ev": "switched from Zemaira to Prolastin-C Liquid", "_dos": False},
    {"kind": "dose", "value": 4500, "_doc": "d2", "_ev": "Dose given: 4,500 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "Waste: none - both vials emptied"},
    {"kind": "lot_number", "value": "26B1107", "_doc": "d2", "_ev": "lot 26B1107"},
    {"kind": "lot_number", "value": "25L3360", "_doc": "d2", "_ev": "lot 25L3360"},
    {"kind": "expiration_date", "value": "2026-08-31", "_doc": "d2", "_ev": "exp 2026-08-31"},
    {"kind": "expiration_date", "value": "2026-06-30", "_doc": "d2", "_ev": "exp 2026-06-30"},
    {"kind": "infusion_start", "value": "08:27", "_doc": "d2", "_ev": "T+12   INFUSION START",
     "_rel": {"t0": "08:15", "t0_ev": "T0 = 08:15", "offset": 12}},
    {"kind": "infusion_end", "value": "08:46", "_doc": "d2", "_ev": "T+31   END OF INFUSION",
     "_rel": {"t0": "08:15", "t0_ev": "T0 = 08:15", "offset": 31}},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "responding to augmentation: decline in FEV1 has slowed"},
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
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "weight_kg": 74.8, "weight_date": "2026-01-21", "dose_mg": 4500,
    "target_mg": 4488.0, "low_mg": 4039.2, "high_mg": 4936.8, "pct_diff": 0.27, "within_10pct": True,
    "code": "J2252", "billing_unit_mg": 1, "units_expected": 4500, "units_billed": 4500,
    "waste_mg": 0, "jw_units_expected": 0, "jw_units_billed": None, "modifier": "JZ",
    "expirations": ["2026-08-31", "2026-06-30"], "expiration_ok": True,
    "times_derived": {"t0": "08:15", "start": "T+12 -> 08:27", "end": "T+31 -> 08:46"},
}

NOTES = """
Relative-time monitoring log: the only clock time is T0 = 08:15 (nurse assessment, not the
infusion); the infusion starts at T+12 (08:27) and ends at T+31 (08:46) - derived from the
anchor (see decisions). Month-view calendar grid with Wednesday cells (dose/lot/initials).
J2252 is billed at 1 mg per unit (4,500 units), as the guide's code table says (CMS lists
J2252 as midazolam; a coder would confirm with the payer).
Traps: T0 itself and T+3/T+6/T+9/T+27/T+35/T+48/T+52 events; "15 min into infusion"; other
weeks' cells (25X2210, 01/07, 01/14, 12/31) and the scheduled 01/28; rate limit 6.0 mL/min;
vial sizes 4,000/500 mg; 12/10 weight 75.9 kg (the DOS 74.8 kg decides); historical Zemaira;
daughter PI*MZ 86 mg/dL; hypothetical FEV1 < 35 %; amlodipine 10 -> 5 mg; FVC 78 %, DLCO 44 %.
"""
