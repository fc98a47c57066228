"""b27-004: medicare, 2 gaps. Styles (5) the DOS infusion documented only in a late-entry addendum
attached to the previous week's infusion visit note (EHR downtime), and (2) Expanse-style
Medication Administration History (previous week charted, DOS premeds back-charted, A1PI row
not charted). Aralast NP 4,200 mg, 300 mg discarded; billed J0256 420 JZ."""

CHART_ID = "b27-004"
DOS = "2026-01-20"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 420, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
ST. ADALBERT OUTPATIENT INFUSION - NURSING VISIT NOTE
Visit date: 01/13/2026        Nurse: Bridget Kowalczyk, RN
Patient: PRZYBYLSKI, EDWARD T      DOB 05/30/1953      MRN SA-0093317
Referring: Anil Ramaswamy, MD (Pulmonology)

Reason for visit: weekly Aralast NP augmentation (alpha-1 antitrypsin deficiency,
E88.01; emphysema J43.9).

Assessment: Arrived 0910. Afebrile 36.8, HR 74, BP 138/80, RR 18, SpO2 92% RA.
Wt 70.6 kg. Lungs with scattered expiratory wheeze R>L, baseline per pt. States his
breathing has held steady since he started Aralast in 2022 - no flare-ups needing
prednisone this winter (three courses the winter before he started) and still
walking the dog twice a day. No missed doses. Quit cigarettes 1998.

Infusion: 22g PIV R forearm 0940. Premeds per MAR.
  0952 Aralast NP started, pump 5.5 mL/min.
  Vials (pharmacy reconstituted): 4 x 1000 mg lot LD24K009 exp 09/30/2027;
  1 x 500 mg lot LD24J221 exp 02/28/2027.
  4,200 mg infused; 300 mg left in the 500 mg vial wasted in pharmacy.
  1031 infusion complete, NS flush. 1040 VS BP 130/78 HR 72 SpO2 93%.
  PIV out 1045, site clean. D/c home 1050.
Next visit: 01/20/2026 0900.
Bridget Kowalczyk, RN   01/13/2026 11:02

---------------------------------------------------------------------------------
ADDENDUM - LATE ENTRY
Entered: 01/21/2026 08:15  by Bridget Kowalczyk, RN
Refers to: infusion visit of 01/20/2026. EHR downtime 01/20 0840-1215; care was
documented on downtime paper forms and is transcribed here. Paper originals sent to
HIM for scanning.

01/20/2026: Arrived 0905 for weekly Aralast NP. Afebrile, no new complaints, lungs at
baseline. Wt 70.1 kg (downtime VS sheet). Premeds per MAR (back-charted by pharmacy).
0958 Aralast NP infusion started via L hand 22g PIV, pump 5.5 mL/min.
Pharmacy reconstituted 4 x 1000 mg vials (lot LD24K017, exp 10/31/2027) and
1 x 500 mg vial (lot LD25A203, exp 03/31/2027).
Infused 4,200 mg as ordered. 300 mg remaining in the 500 mg vial was discarded in
pharmacy (witness A. Menon, PharmD).
Infusion ran approximately 40 min without interruption; the stop time was not
captured on the downtime form. Post-infusion VS 1045 BP 134/76 HR 70 SpO2 93%.
PIV removed 1050; discharged 1055 with daughter.
B. Kowalczyk, RN   01/21/2026 08:22
"""

D2 = """
RUN DATE: 01/21/26             ST. ADALBERT MEDICAL CENTER - LIVE                  PAGE 1
RUN TIME: 1407               MEDICATION ADMINISTRATION HISTORY
RUN USER: RPH.AMENON              Date Range: 01/13/26 - 01/20/26

PATIENT: PRZYBYLSKI,EDWARD T            ACCOUNT NO: SA0011482207     LOC: OP INF
AGE/SEX: 72/M                           UNIT NO:    SA-0093317       RM/BED: CH-03
ATTEND:  Ramaswamy,Anil MD              REG DATE:   01/06/26         STATUS: REC SER
ALLERGIES: Penicillins - hives

Key: Admin Dose = ordered dose; Doc Dose = amount documented as given; Given Qty =
dispensable units. Reason codes: NN not needed, PTREF refused, DTM given during
downtime (paper MAR), LATE late documentation.
==========================================================================================
ALPHA1-PROTEINASE INHIB (ARALAST NP) INJ                                 Rx# 2290417
  Sig: 60 MG/KG IV Q7D                 Order Start: 01/06/26 0900   Stop: 07/06/26
  Pharmacy dose note: 4200 MG (70 KG x 60); dispense 4 x 1000 MG + 1 x 500 MG
  ----------------------------------------------------------------------------------------
  01/13/26 0952  Admin Dose: 60 MG/KG    Doc Dose: 4200 MG    Given Qty: 5 VIAL
                 Site: R FOREARM        Route: IV
                 Lot: LD24K009, LD24J221        Exp: 09/30/27, 02/28/27
                 Reason Codes:
                 Start: 0952   Stop: 1031   Wasted: 300 MG
                 Doc: 01/13/26 1036 RN.BKOWALCZYK
  01/20/26 0900  Admin Dose: 60 MG/KG    Doc Dose:            Given Qty:
                 Site:                  Route: IV
                 Lot:                           Exp:
                 Reason Codes: DTM - administered on downtime paper MAR; not
                 back-charted on eMAR. See nursing late entry.
==========================================================================================
ACETAMINOPHEN 500 MG TAB                                                 Rx# 2290418
  Sig: 1000 MG PO ONCE PRE-INFUSION
  ----------------------------------------------------------------------------------------
  01/13/26 0942  Admin Dose: 1000 MG     Doc Dose: 1000 MG    Given Qty: 2 TAB
                 Site:                  Route: PO
                 Lot: 5AB0722           Exp: 07/31/27
                 Reason Codes:
  01/20/26 0935  Admin Dose: 1000 MG     Doc Dose: 1000 MG    Given Qty: 2 TAB
                 Site:                  Route: PO
                 Lot: 5AB0722           Exp: 07/31/27
                 Reason Codes: DTM, LATE (entered 01/20/26 1251 from paper MAR)
==========================================================================================
LORATADINE 10 MG TAB                                                     Rx# 2290419
  Sig: 10 MG PO ONCE PRE-INFUSION
  ----------------------------------------------------------------------------------------
  01/13/26 0942  Admin Dose: 10 MG       Doc Dose: 10 MG      Given Qty: 1 TAB
                 Site:                  Route: PO
                 Lot: LR3391            Exp: 04/30/27
                 Reason Codes:
  01/20/26 0935  Admin Dose: 10 MG       Doc Dose: NOT GIVEN  Given Qty: 0
                 Site:                  Route: PO
                 Lot:                   Exp:
                 Reason Codes: PTREF (took own cetirizine at home 0700)
==========================================================================================
ALBUTEROL HFA 90 MCG/ACT INHALER                                         Rx# 2290420
  Sig: 2 PUFF INH Q4H PRN wheeze
  ----------------------------------------------------------------------------------------
  01/13/26 1005  Admin Dose: 2 PUFF      Doc Dose: 2 PUFF     Given Qty: 1 EA
                 Reason Codes:
  01/20/26 ----  Reason Codes: NN
==========================================================================================
** END OF REPORT **
"""

D3 = """
CENTRAL STATES REFERENCE LAB                          FINAL REPORT
Patient: Przybylski, Edward T    DOB 05/30/1953    Collected 08/02/2017 08:10
Ordering: A. Ramaswamy, MD       Accession CS17-214-00871    Reported 08/09/2017

Alpha-1-Antitrypsin, Serum (immunoturbidimetric)   0.38 g/L   (L)   ref 0.90-2.00 g/L
Alpha-1-Antitrypsin Phenotype (IEF)                PiZZ       (A)   ref PiMM
Comment: Results consistent with severe alpha-1 antitrypsin deficiency (ZZ). First-degree
relatives should be offered testing. Levels < 0.57 g/L (11 umol/L) carry increased
emphysema risk.
Verified: L. Ostrowski, MT(ASCP)   08/09/2017 13:22
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-01-13", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-01-21", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2017-08-09", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "alpha-1 antitrypsin deficiency,\nE88.01"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Alpha-1-Antitrypsin Phenotype (IEF)                PiZZ"},
    {"kind": "serum_aat", "value": 0.38, "unit": "g/L", "_doc": "d3", "_ev": "0.38 g/L   (L)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "emphysema J43.9"},
    {"kind": "weight", "value": 70.6, "unit": "kg", "value_kg": 70.6, "_date": "2026-01-13", "_doc": "d1", "_ev": "Wt 70.6 kg"},
    {"kind": "weight", "value": 70.1, "unit": "kg", "value_kg": 70.1, "_date": "2026-01-20", "_doc": "d1", "_ev": "Wt 70.1 kg (downtime VS sheet)"},
    {"kind": "dose", "value": 4200, "_doc": "d1", "_ev": "Infused 4,200 mg as ordered"},
    {"kind": "wastage", "value": 300, "_doc": "d1", "_ev": "300 mg remaining in the 500 mg vial was discarded"},
    {"kind": "lot_number", "value": "LD24K017", "_doc": "d1", "_ev": "(lot LD24K017, exp 10/31/2027)"},
    {"kind": "lot_number", "value": "LD25A203", "_doc": "d1", "_ev": "(lot LD25A203, exp 03/31/2027)"},
    {"kind": "expiration_date", "value": "2027-10-31", "_doc": "d1", "_ev": "(lot LD24K017, exp 10/31/2027)"},
    {"kind": "expiration_date", "value": "2027-03-31", "_doc": "d1", "_ev": "(lot LD25A203, exp 03/31/2027)"},
    {"kind": "infusion_start", "value": "09:58", "_doc": "d1", "_ev": "0958 Aralast NP infusion started"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "States his\nbreathing has held steady since he started Aralast in 2022 - no flare-ups"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Quit cigarettes 1998"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "0958 Aralast NP infusion started"},
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
    "wastage_documented": "conflict",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-01-20",
    "weight": {"value": 70.1, "unit": "kg", "kg": 70.1, "date": "2026-01-20"},
    "dose_mg": 4200,
    "target_mg": 4206.0,
    "tolerance_mg": 420.6,
    "deviation_pct": -0.14,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 420,
    "units_billed": 420,
    "waste_mg": 300,
    "jw_units_expected": 30,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-10-31", "2027-03-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: wastage_documented conflict (300 mg discarded per the late entry, but the claim carries JZ
and no JW 30 line); infusion_times missing (start 0958 only; "approximately 40 min" is a duration
and the addendum says the stop time was not captured). The DOS administration exists only in the
01/21 late-entry addendum attached to the 01/13 visit note. Traps: the 01/13 body (0952-1031,
lots LD24K009/LD24J221, 300 mg wasted, wt 70.6 kg listed), the MAH's 01/13 block and the empty
01/20 A1PI row (DTM, not back-charted), acetaminophen/loratadine (NOT GIVEN, PTREF)/albuterol,
arrival 0905, VS 1045, PIV out 1050, discharge 1055, downtime window 0840-1215, addendum entry
times, pharmacy note 70 KG x 60, lab comment threshold, reference PiMM.
"""
