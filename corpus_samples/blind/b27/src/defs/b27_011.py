"""b27-011: medicaid, NEGATIVE CONTROL (dose held). Styles (2) Expanse-style Medication
Administration History (last week's Zemaira given, the DOS row NOT GIVEN with a HOLD reason,
other drugs) and (1) SOAPIE nursing note documenting the hold. No claim lines."""

CHART_ID = "b27-011"
DOS = "2026-02-24"
PAYER = {"profile": "medicaid", "name": "Aloha Health Plan QUEST (Medicaid)"}
PRIOR_AUTH = "PA-HI-2611873"
CLAIM_LINES = None

D1 = """
RUN DATE: 02/25/26            KAPALAMA REGIONAL MEDICAL CENTER - LIVE              PAGE 1
RUN TIME: 0530              MEDICATION ADMINISTRATION HISTORY
RUN USER: PHA.JTAN                Date Range: 02/17/26 - 02/24/26

PATIENT: KEALOHA-PRICE,DENNIS M         ACCOUNT NO: KR0031177645     LOC: OP INFUSION
AGE/SEX: 63/M                           UNIT NO:    KR00552901       RM/BED: INF-02
ATTEND:  Ashworth,Priscilla MD          REG DATE:   01/06/26         STATUS: REC SER
ALLERGIES: Codeine - nausea
WEIGHT: 81.9 kg (02/24/26 0850)     PREV: 82.4 kg (02/17/26 0845)

Key: Admin Dose = ordered dose; Doc Dose = documented amount given (or NOT GIVEN);
Given Qty = dispensable units. Reason codes: HOLD held per prescriber/protocol,
NN not needed, PTREF refused, RSCHD rescheduled.
==========================================================================================
ALPHA1-PI (ZEMAIRA) INJ 1000 MG/4000 MG                                  Rx# 5510273
  Sig: 60 MG/KG IV Q7D     Order Start: 01/06/26   Stop: 07/06/26
  Pharmacy dose note: ~4900 MG (82 KG x 60 = 4920; 4 G kit + 1 G vial actual potency)
  ----------------------------------------------------------------------------------------
  02/17/26 0934  Admin Dose: 60 MG/KG    Doc Dose: 4938 MG    Given Qty: 2 VIAL
                 Site: L AC                Route: IV
                 Lot: P100718842, P100720315   Exp: 05/31/27, 07/31/27
                 Reason Codes:
                 Start: 0934   Stop: 0952   Waste Amt: 0 MG
                 Doc: 02/17/26 1003 RN.LMAKOA
  02/24/26 0900  Admin Dose: 60 MG/KG    Doc Dose: NOT GIVEN  Given Qty: 0
                 Site:                     Route: IV
                 Lot:                      Exp:
                 Reason Codes: HOLD - T 38.6 C, productive cough; held per
                 Dr. Ashworth 0912; pharmacy notified 0914. RSCHD when afebrile.
                 Doc: 02/24/26 0920 RN.LMAKOA
==========================================================================================
ACETAMINOPHEN 325 MG TAB                                                 Rx# 5510274
  Sig: 650 MG PO PRE-INFUSION / Q6H PRN FEVER
  ----------------------------------------------------------------------------------------
  02/17/26 0910  Admin Dose: 650 MG      Doc Dose: 650 MG     Given Qty: 2 TAB
                 Site:                     Route: PO
                 Lot: 25C4418              Exp: 03/31/27
                 Reason Codes:
  02/24/26 0916  Admin Dose: 650 MG      Doc Dose: 650 MG     Given Qty: 2 TAB
                 Site:                     Route: PO
                 Lot: 25C4418              Exp: 03/31/27
                 Reason Codes: PRN fever 38.6
==========================================================================================
CETIRIZINE 10 MG TAB                                                     Rx# 5510275
  Sig: 10 MG PO PRE-INFUSION
  ----------------------------------------------------------------------------------------
  02/17/26 0910  Admin Dose: 10 MG       Doc Dose: 10 MG      Given Qty: 1 TAB
                 Lot: CZ0931               Exp: 12/31/26
  02/24/26 0900  Admin Dose: 10 MG       Doc Dose: NOT GIVEN  Given Qty: 0
                 Reason Codes: NN (infusion held)
==========================================================================================
** END OF REPORT **
"""

D2 = """
NURSING NOTE (SOAPIE)                     Kapalama Regional - Outpatient Infusion
Date/Time: 02/24/2026 0958        Pt: Kealoha-Price, Dennis M      DOB 08/14/1962
Nurse: Leilani Makoa, RN          MD: Priscilla Ashworth, MD (Pulmonary)

S: Arrived 0842 for weekly Zemaira. Reports 2 days of cough with yellow-green sputum,
   chills last night, more short of breath on the stairs. Wife says he "wasn't
   himself" yesterday. Until this week he had been doing well on the Zemaira - no
   flare-ups since early 2024 and walking the beach path most mornings.
   Ex-smoker (quit 2012). Has not been around sick contacts that he knows of.
O: 0850 T 38.6 C  HR 104  RR 24  BP 132/78  SpO2 89% RA -> 93% on 2 L NC.
   Wt 81.9 kg. Coarse crackles RLL, scattered wheeze. Mildly diaphoretic.
A: 1. Alpha-1 antitrypsin deficiency (PI*ZZ; baseline AAT 5.6 uM) on weekly
      augmentation - HOLD criteria met (temp > 38.0 C, acute respiratory symptoms).
   2. Emphysema with suspected acute exacerbation vs. RLL pneumonia - needs eval.
P: Hold today's Zemaira; notify MD; antipyretic per PRN order; transfer to ED.
I: 0912 Called Dr. Ashworth - agrees to hold; wants ED evaluation (CXR, CBC, viral
        panel). Zemaira order held.
   0914 Pharmacy (J. Tan) notified; dose placed on hold in the pharmacy queue.
   0916 Acetaminophen 650 mg PO for fever. 0920 O2 2 L NC started.
   0945 Report called to ED charge RN (Kimo). 0955 to ED by wheelchair with wife.
E: SpO2 93% on 2 L at transfer; T 38.4 at 0950. Pt and wife understand why the dose
   was held and that it will be rescheduled once he is afebrile and cleared by
   Dr. Ashworth. No infusion given today.
L. Makoa, RN 02/24/2026 1004
"""

D3 = """
ISLAND PATHOLOGY LABORATORIES                         FINAL REPORT
Patient: KEALOHA-PRICE, DENNIS M     DOB 08/14/1962      MRN KR00552901
Collected 04/03/2019 08:30    Reported 04/10/2019    Ordering: P. Ashworth, MD
  Alpha-1 Antitrypsin (nephelometry) .... 5.6 umol/L   LOW   (ref 20-48)
  Alpha-1 Antitrypsin Phenotype ......... ZZ           ABN   (ref MM)
  Interpretation: ZZ phenotype, severe alpha-1 antitrypsin deficiency.
Verified by K. Nakamura, MT   04/10/2019
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-02-25", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-24", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2019-04-10", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "Alpha-1 antitrypsin deficiency (PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "(PI*ZZ; baseline AAT 5.6 uM)"},
    {"kind": "serum_aat", "value": 5.6, "unit": "uM", "_doc": "d3", "_ev": "5.6 umol/L   LOW"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "Emphysema with suspected acute exacerbation"},
    {"kind": "weight", "value": 81.9, "unit": "kg", "value_kg": 81.9, "_date": "2026-02-24", "_doc": "d2", "_ev": "Wt 81.9 kg."},
    {"kind": "weight", "value": 82.4, "unit": "kg", "value_kg": 82.4, "_date": "2026-02-17", "_doc": "d1", "_ev": "PREV: 82.4 kg (02/17/26 0845)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "Until this week he had been doing well on the Zemaira - no\n   flare-ups since early 2024"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Ex-smoker (quit 2012)"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": False, "_doc": "d1", "_ev": "ALPHA1-PI (ZEMAIRA) INJ"},
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
    "dos": "2026-02-24",
    "weight": {"value": 81.9, "unit": "kg", "kg": 81.9, "date": "2026-02-24"},
    "dose_mg": None,
    "target_mg": 4914.0,
    "tolerance_mg": 491.4,
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
NEGATIVE CONTROL: the DOS Zemaira dose was held (fever 38.6 C, suspected pneumonia/exacerbation;
MAH row NOT GIVEN, reason HOLD; SOAPIE note "No infusion given today"); no claim lines. Patient
facts (AATD, ZZ, 5.6 umol/L, emphysema, weight, former smoker, response before this week, PA in
the chart field) are met; every administration item is missing; units and code not_applicable;
wastage missing (no A1PI waste statement for the DOS). Traps: the 02/17 block (Doc Dose 4938 MG,
lots P100718842/P100720315, exps, 0934-0952, waste 0 MG) is last week's; pharmacy dose note
~4900 MG; acetaminophen given 0916 for fever (its own lot); cetirizine NOT GIVEN (NN); arrival,
VS, O2, report and transfer times; the suspected exacerbation vs pneumonia (uncertain, and
emphysema itself is affirmed). Zemaira is listed as the patient's product (historical).
"""
