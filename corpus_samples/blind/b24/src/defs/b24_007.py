"""b24-007: medicare, complete. Styles (5) hospital-outpatient standing-order sheet with hold
parameters, signed/verified lines and per-visit nursing administration blocks beneath + (4)
physician note with parenthetical inline lists. Prolastin-C Liquid 3 × 1,000 + 500 mg = 3,500 mg,
J0256 350 JZ."""

CHART_ID = "b24-007"
DOS = "2026-01-14"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Palmetto GBA)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 350, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
ST. BRENDAN'S HOSPITAL - OUTPATIENT INFUSION CENTER
PHYSICIAN STANDING ORDER: PROLASTIN-C LIQUID (alpha1-proteinase inhibitor, human)
Patient: KOWALCZYK, TERESA B    Acct: 5500-19874    MRN: SB0937715    DOB: 02/08/1949
Dx: E88.01 Alpha-1-antitrypsin deficiency / J43.9 Emphysema
Order period: 10/01/2025 through 03/31/2026

[X] Administer Prolastin-C Liquid 60 mg/kg IV once weekly at 0.08 mL/kg/min.
    Pharmacy may round to the nearest 500 mg vial size if within 10% of the calculated dose.
[X] Weigh patient at each visit on the unit scale; pharmacy recalculates on change >= 5%.
[X] HOLD infusion and notify physician if:
      - Hold if temp > 38.0 C
      - Hold if SpO2 < 88% on baseline 2 L O2 or increased O2 need
      - Hold if on antibiotics/steroids for an exacerbation started within the last 7 days
      - Hold if SBP < 90 or HR > 120
[X] PRN infusion reaction: stop infusion; diphenhydramine 25 mg IV; notify MD; epinephrine
    0.3 mg IM for anaphylaxis.
[X] NS 0.9% 250 mL KVO; flush 10 mL pre/post. Discontinue PIV before discharge.
Physician: Ruth Okafor-Bell, MD ____signed electronically 09/26/2025 11:02____
Pharmacist verification: Dmitri Sokolov, PharmD ____verified 09/26/2025 14:40____

------------------------------ NURSING ADMINISTRATION RECORD -------------------------------
Visit 12/31/2025   RN: B. Lindqvist
  Wt 58.6 kg  T 36.7  SpO2 93% 2L  Hold criteria: none met
  Given: 3,500 mg (lots 27NJ611 x3 / 27NH240 x1)  Exp 12/31/2026 / 10/31/2026
  Start 1004  Stop 1021  Waste: none   Reaction: none          RN initials BL
Visit 01/07/2026   RN: B. Lindqvist
  Wt 58.5 kg  T 38.3  SpO2 91% 2L  Hold criteria: MET - temp > 38.0
  NOT GIVEN - held per parameter; Dr Okafor-Bell notified 09:40; rescheduled     RN initials BL
Visit 01/14/2026   RN: C. Amankwah
  08:48 arrived; 08:55 Wt 58.3 kg (unit scale)  T 36.6  BP 128/74  HR 82  SpO2 93% 2L
  Hold criteria: none met (afebrile x 6 d; doxycycline 01/06-01/11 completed)
  Calc 60 mg/kg x 58.3 kg = 3,498 mg -> pharmacy rounded to 3,500 mg
  PIV 22g R forearm 09:20
  Given: Prolastin-C Liquid 3,500 mg IV (1,000 mg/20 mL x3 + 500 mg/10 mL x1 = 70 mL)
  Lot 27NK118 (1,000 mg) exp 02/28/2027; Lot 27NJ904 (500 mg) exp 11/30/2026
  Start 0952  Stop 1007  Rate 4.7 mL/min
  Waste: none (all four vials administered)   Reaction: none
  10:20 PIV removed; 10:31 discharged by wheelchair to daughter's car    RN initials CA
Visit 01/21/2026   scheduled
Nurse signature (01/14/2026): Comfort Amankwah, RN  10:36
"""

D2 = """
ST. BRENDAN'S PULMONARY ASSOCIATES
Office Visit 12/03/2025 - Ruth Okafor-Bell, MD
Patient: Teresa B. Kowalczyk, 76 F, DOB 02/08/1949

CC: 3-month check, AATD on weekly augmentation at St. Brendan's infusion center.

HPI: Known AATD with emphysema, diagnosed 2017 (phenotype ZZ), on Prolastin-C Liquid since
03/2021 (Prolastin-C lyophilized 2017-2021). Uses 2 L O2 with exertion and at night.
Exacerbations (none in 2025; 2 in 2024, one admission 02/2024). Smoking (former, 25 pk-yr,
quit 1998). Social (widowed, lives with daughter, drives short distances).

Meds (Trelegy 1 inh daily; albuterol neb PRN; alendronate 70 mg weekly; Prolastin-C Liquid
60 mg/kg IV weekly).

Exam: Vitals (T 36.9, HR 68, BP 140/82, RR 18, SpO2 92% on 2 L, Wt 128 lb). Chest (distant
breath sounds, no wheeze). Ext (trace ankle edema, stable).

Results: Labs (AAT 0.24 g/L [ref 0.90-2.00], IEF phenotype ZZ, 2017). Imaging (CT 05/2023:
severe panlobular emphysema, bibasilar bullae). PFT (11/2025: FEV1 0.82 L, 36% pred;
FEV1/FVC 0.34; 11/2024 FEV1 0.84 L). 6MWT (11/2025: 260 m on 2 L, nadir 88%).

A/P:
1. AATD / emphysema - response (no exacerbations in 2025 vs 2 in 2024, FEV1 unchanged vs
   11/2024, maintains walking distance). Continue weekly augmentation; standing orders
   current through 03/31/2026 - will renew in March.
2. Chronic hypoxemic respiratory failure - continue 2 L O2 exertion/sleep.
3. Osteoporosis - alendronate; DEXA 2026.
4. Daughter (age 49) - Pi MZ on testing 2018; counseled.
Return 3 months.

Electronically signed: Ruth Okafor-Bell, MD  12/03/2025 16:30
"""

D3 = """
MIDLANDS REGIONAL LABORATORY                         CUMULATIVE REPORT (archived)
Patient: KOWALCZYK, TERESA B   DOB 02/08/1949   MRN SB0937715
Ordering provider: R. Okafor-Bell, MD

Collected 04/18/2017 09:05      Reported 04/24/2017 13:20
  ALPHA-1 ANTITRYPSIN, SERUM (nephelometry)     0.24 g/L     L     (0.90-2.00)
  ALPHA-1 ANTITRYPSIN PHENOTYPE (IEF)           ZZ           A     (MM)
  Comment: ZZ pattern. Severe deficiency. Recommend confirmatory genotyping if clinically
  indicated; family testing advised.
  HEPATIC FUNCTION PANEL                        ALT 22, AST 25, Alk phos 88, T bili 0.6
  IgA                                           302 mg/dL         (70-400)

End of report.
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-14", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2025-12-03", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2017-04-24", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 Alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "ALPHA-1 ANTITRYPSIN PHENOTYPE (IEF)           ZZ"},
    {"kind": "serum_aat", "value": 0.24, "unit": "g/L", "_doc": "d3", "_ev": "0.24 g/L     L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.9 Emphysema"},
    {"kind": "weight", "value": 58.3, "unit": "kg", "value_kg": 58.3, "_date": "2026-01-14", "_doc": "d1", "_ev": "Wt 58.3 kg (unit scale)"},
    {"kind": "weight", "value": 58.5, "unit": "kg", "value_kg": 58.5, "_date": "2026-01-07", "_doc": "d1", "_ev": "Wt 58.5 kg"},
    {"kind": "weight", "value": 58.6, "unit": "kg", "value_kg": 58.6, "_date": "2025-12-31", "_doc": "d1", "_ev": "Wt 58.6 kg"},
    {"kind": "weight", "value": 128, "unit": "lb", "value_kg": 58.1, "_date": "2025-12-03", "_doc": "d2", "_ev": "Wt 128 lb"},
    {"kind": "dose", "value": 3500, "_doc": "d1", "_ev": "Given: Prolastin-C Liquid 3,500 mg IV"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Waste: none (all four vials administered)"},
    {"kind": "lot_number", "value": "27NK118", "_doc": "d1", "_ev": "Lot 27NK118 (1,000 mg)"},
    {"kind": "lot_number", "value": "27NJ904", "_doc": "d1", "_ev": "Lot 27NJ904 (500 mg)"},
    {"kind": "expiration_date", "value": "2027-02-28", "_doc": "d1", "_ev": "Lot 27NK118 (1,000 mg) exp 02/28/2027"},
    {"kind": "expiration_date", "value": "2026-11-30", "_doc": "d1", "_ev": "Lot 27NJ904 (500 mg) exp 11/30/2026"},
    {"kind": "infusion_start", "value": "09:52", "_doc": "d1", "_ev": "Start 0952"},
    {"kind": "infusion_end", "value": "10:07", "_doc": "d1", "_ev": "Stop 1007"},
    {"kind": "fev1", "value": 36, "_doc": "d2", "_ev": "FEV1 0.82 L, 36% pred"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "response (no exacerbations in 2025 vs 2 in 2024, FEV1 unchanged vs\n   11/2024, maintains walking distance)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Smoking (former, 25 pk-yr,\nquit 1998)"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "Given: Prolastin-C Liquid 3,500 mg IV"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d2", "_ev": "Prolastin-C lyophilized 2017-2021"},
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
    "dos": "2026-01-14",
    "weight": {"value": 58.3, "unit": "kg", "kg": 58.3, "date": "2026-01-14"},
    "dose_mg": 3500,
    "target_mg": 3498.0,
    "tolerance_mg": 349.8,
    "deviation_pct": 0.06,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 350,
    "units_billed": 350,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-02-28", "2026-11-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. Standing order (hold parameters, signed/verified lines) with per-visit nursing blocks
beneath; the 01/14 block is the DOS: 3,500 mg, lots 27NK118/27NJ904, exps, Start 0952 / Stop 1007,
waste none, JZ 350. Traps: the 12/31 block (3,500 mg, lots 27NJ611/27NH240, exps 12/31/2026 and
10/31/2026, 1004/1021, "Waste: none") and the 01/07 HELD block (T 38.3 > 38.0, notified 09:40)
are other visits; 01/21 scheduled; hold thresholds; calc 3,498 mg; rate 4.7 mL/min; diphenhydramine
25 mg, epinephrine 0.3 mg, NS 250 mL; arrival 08:48, weight 08:55, PIV 09:20/10:20, discharge 10:31;
order sign/verify times; alendronate 70 mg; daughter Pi MZ; reference 0.90-2.00 g/L and MM; IgA.
Weights 58.5 (01/07), 58.6 (12/31), 128 lb (12/03) listed; DOS 58.3 kg governs. Historical
Prolastin-C listed (J0256 covers both products).
"""
