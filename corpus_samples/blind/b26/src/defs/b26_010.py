"""b26-010: medicare, 2 gaps. Styles (3)+(6): the pharmacy IV compounding / dose verification record
(bottle table with units only in the legend, space thousands separators) and the nursing infusion
record. Glassia 5 bottles (label 5 030 mg), 4 700 mg given, 330 mg discarded; J0257 470 + JW 33.
Gaps: lot_number and expiration_date missing - the pharmacy table prints "see carton" in its Lot/Exp
column and the nurse writes "per pharmacy label (not transcribed)"; the BUD is not an expiration."""

CHART_ID = "b26-010"
DOS = "2026-03-10"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 470, "modifiers": []},
    {"hcpcs": "J0257", "units": 33, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
MESA VERDE MEDICAL CENTER - INFUSION PHARMACY
IV COMPOUNDING & DOSE VERIFICATION                                   03/10/2026
Patient: CASTELLANOS, RUBEN A     MRN 4471-0963     DOB 01/21/1958     Bay 3
Order #ORD-88120: alpha-1 proteinase inhibitor (human) GLASSIA 60 mg/kg IV, once weekly
Dosing weight 78.6 (nursing, 03/10 07:52)   Calculated 4 716   Ordered/rounded 4 700
Prescriber: A. Okonjo, MD      Product preference: Glassia (prior Aralast NP, changed 2024)

BOTTLES SCANNED
Btl  NDC             Label potency  Vol   Drawn   Residual  Lot / Exp
---  --------------  -------------  ----  ------  --------  -----------
1    0944-2884-01    1 010          50    1 010   0         see carton
2    0944-2884-01      998          50      998   0         see carton
3    0944-2884-01    1 004          50    1 004   0         see carton
4    0944-2884-01    1 012          50    1 012   0         see carton
5    0944-2884-01    1 006          50      676   330       see carton
---  --------------  -------------  ----  ------  --------  -----------
     TOTAL           5 030          250   4 700   330
Legend: potency, drawn and residual in mg (label functional activity); Vol in mL.
Scanner log reference SCN-0310-0447 (2D barcode capture, not printed on this worksheet).

PREPARATION
  Drawn into empty 250 mL EVA bag: 4 700 (235 mL), no diluent added. 5 micron filter set.
  Residual 330 (16.4 mL, bottle 5) discarded to pharmaceutical waste - single-use container.
  BUD 03/10/2026 11:05 (3 h after entering bottles, room temp).
CHECKS
  Entered 07:58  L. Quintero, CPhT   |  Verified 08:03  P. Saldana, PharmD
  Released to Bay 3  08:09
"""

D2 = """
MESA VERDE MEDICAL CENTER - OUTPATIENT INFUSION
NURSING INFUSION NOTE                                                03/10/2026
Patient: Castellanos, Ruben A.    MRN 4471-0963    Age 68    Bay 3
RN: Yesenia Tapia, RN

07:40  Checked in.  07:52  Weight 78.6 kg (bed scale), BP 142/84, HR 76, T 36.8, SpO2 93% RA.
       Reports usual exertional dyspnea, no fever, no new cough. Last dose 03/03, no reaction.
08:01  PIV 22 g L forearm, 1 attempt.
08:15  Glassia bag from pharmacy; label verified with 2nd RN (M. Duarte). Filter primed.
       Lot #: per pharmacy label (not transcribed)     Exp: ---
08:19  Infusion START, rate 0.2 mL/kg/min max (titrated, 10 mL/min start)
08:47  Infusion STOP - bag empty, line flushed 20 mL NS 08:48.
       Amount infused: 4 700 mg Glassia IV
09:00  BP 136/80, HR 74, SpO2 94%. No urticaria, flushing, dyspnea.
09:06  PIV removed. Discharged to lobby, wife driving.
Next: 03/17/2026 07:45.
"""

D3 = """
MESA VERDE PULMONARY CLINIC - PROGRESS NOTE
Date: 02/17/2026       Physician: Adaeze Okonjo, MD
Patient: Ruben A. Castellanos     68 M     MRN 4471-0963

S: Alpha-1 antitrypsin deficiency (PI*ZZ by targeted genotyping 2018; AAT 3.9 uM before
treatment) with emphysema and bronchiectasis. Augmentation since 2019 - Aralast NP until 2024,
Glassia since (shorter chair time). He reports that since augmentation his exacerbations have
gone from 3-4 per year to one mild one in 2025, and he still walks 2 miles most mornings.
Ex-smoker, quit 2015. Brother (62) PI*ZZ, on Zemaira in Albuquerque.

O: Wt 79.1 kg. BP 138/82. SpO2 93% RA. Scattered rhonchi right base.
Spirometry post-BD 02/17/2026: FEV1 1.44 L (44% pred); 02/2025: 1.47 L (45% pred).
CT 2023: panlobular emphysema lower lobes; cylindrical bronchiectasis RLL.

A/P:
1. AATD (ZZ) with emphysema - responding to augmentation: exacerbations markedly reduced and
   FEV1 decline only 30 mL/yr. Continue Glassia 60 mg/kg IV weekly at Mesa Verde infusion.
2. Bronchiectasis - airway clearance with oscillating PEP; sputum culture if purulent.
3. HTN - losartan 50 mg.
RTC 6 months.

A. Okonjo, MD  02/17/2026
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-03-10", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-03-10", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-17", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency (PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "PI*ZZ by targeted genotyping 2018"},
    {"kind": "serum_aat", "value": 3.9, "unit": "uM", "_doc": "d3", "_ev": "AAT 3.9 uM before\ntreatment"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema lower lobes"},
    {"kind": "lung_disease", "value": "bronchiectasis", "_doc": "d3", "_ev": "cylindrical bronchiectasis RLL"},
    {"kind": "weight", "value": 78.6, "unit": "kg", "value_kg": 78.6, "_date": "2026-03-10", "_doc": "d2", "_ev": "Weight 78.6 kg (bed scale)"},
    {"kind": "weight", "value": 79.1, "unit": "kg", "value_kg": 79.1, "_date": "2026-02-17", "_doc": "d3", "_ev": "Wt 79.1 kg"},
    {"kind": "dose", "value": 4700, "_doc": "d2", "_ev": "Amount infused: 4 700 mg Glassia IV"},
    {"kind": "wastage", "value": 330, "_doc": "d1", "_ev": "Residual 330 (16.4 mL, bottle 5) discarded", "_hdr": "Legend: potency, drawn and residual in mg"},
    {"kind": "infusion_start", "value": "08:19", "_doc": "d2", "_ev": "08:19  Infusion START"},
    {"kind": "infusion_end", "value": "08:47", "_doc": "d2", "_ev": "08:47  Infusion STOP"},
    {"kind": "fev1", "value": 44, "_doc": "d3", "_ev": "FEV1 1.44 L (44% pred)"},
    {"kind": "fev1", "value": 45, "_doc": "d3", "_ev": "1.47 L (45% pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "responding to augmentation: exacerbations markedly reduced"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Ex-smoker, quit 2015"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d2", "_ev": "Amount infused: 4 700 mg Glassia IV"},
    {"kind": "drug_product", "value": "Aralast NP", "_doc": "d3", "_ev": "Aralast NP until 2024"},
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
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-03-10",
    "weight": {"value": 78.6, "unit": "kg", "kg": 78.6, "date": "2026-03-10"},
    "dose_mg": 4700,
    "target_mg": 4716.0,
    "tolerance_mg": 471.6,
    "deviation_pct": -0.34,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 470,
    "units_billed": 470,
    "waste_mg": 330,
    "jw_units_expected": 33,
    "jw_units_billed": 33,
    "modifiers": [],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
Gaps: lot_number and expiration_date missing - the pharmacy bottle table's "Lot / Exp" column reads
"see carton" for every bottle (a scanner-log reference is not a lot), and the nurse's "Lot #: per
pharmacy label (not transcribed)  Exp: ---" documents nothing; "BUD 03/10/2026 11:05" is the bag's
beyond-use time, not the product's expiration. Units only in the pharmacy legend (mg / mL); space
thousands ("4 700", "5 030"). Dose given only in the nursing note (4 700 mg); the 330 mg residual
only in the pharmacy record -> J0257 470 + JW 33 met. Traps: calculated 4 716; ordered/rounded 4 700
(same value); label potencies and total 5 030; per-bottle drawn amounts (676 from bottle 5); volumes;
entered/verified/released/check-in/PIV/label-check/flush/VS/discharge/next times; brother PI*ZZ on
Zemaira (family, not a product finding); historical Aralast NP (listed); losartan 50 mg.
"""
