# b14-002  medicaid  Prolastin-C Liquid J0256 + JW   GAP: JW units 22 billed, floor(216/10) = 21
# Styles: (4) MEDITECH-like all-caps fixed-width nursing PCI printout, (2) registry CRF with coded answers.

MT = """RUN DATE: 01/14/26          ST. ANSELM REGIONAL MEDICAL CENTER               PAGE 1 OF 2
RUN TIME: 1522              PATIENT CARE INQUIRY - OUTPT INFUSION
RUN USER: NUR.TLEMIEUX
----------------------------------------------------------------------------------------
PATIENT: ROSARIO,DELIA M              ACCT NO: V00418827361     LOC: OPINF  RM: CH06
AGE/SX: 58/F   DOB: 03/22/1967        UNIT NO: M000318840       STATUS: REG SDC
ATTEND: OKONKWO,CHINEDU MD            REG: 01/14/26 0832        DIS: 01/14/26 1002
FIN CLASS: MCD  INS: STATE MEDICAID MCO - BRIGHTPATH HEALTH PLAN
PA#: MCD-PA-2025-118437  EXP 06/30/26  (AUTH FOR 52 INFUSIONS)
----------------------------------------------------------------------------------------
DX: AATD PI Z/NULL (E88.01)  /  EMPHYSEMA, PANLOBULAR (J43.1)
ALLERGIES: SULFA (RASH)   CODE STATUS: FULL

ASSESSMENT: OP INFUSION ADMIT                              01/14/26 0840 TLEMIEUX,RN
  ARRV TM: 0832   MODE: AMB W/ CANE   ACCOMP: DAUGHTER
  WT KG: 71.4        (PREV: 72.0 ON 01/07/26)    WT LB: 157.4
  HT CM: 160.0       BSA: 1.75
  TEMP: 36.8  PULSE: 88  RESP: 20  BP: 138/82  O2SAT: 91 RA
  O2 HOME: 2L NC W/ EXERTION ONLY
  RESP ASSMT: DIM BS BIL BASES. NO WHZ. NONPROD COUGH. DOE W/ AMB FROM LOBBY
  SMK STAT: FORMER - QUIT 2011
  PAIN SCALE: 0/10
  PT REPORTS NO FEVER/CHILLS, NO NEW MEDS, NO ABX SINCE LAST INF. NO RXN HX W/ A1PI.

INTERVENTION: IV ACCESS                                    01/14/26 0851 TLEMIEUX,RN
  IV SITE: L FA   GAUGE: 22G   ATTEMPTS: 1   BLOOD RETURN: Y   FLUSH: NS 10 ML

INTERVENTION: IV MED ADMIN - ALPHA1 PROTEINASE INHIB       01/14/26 0917 TLEMIEUX,RN
  DRUG: ALPHA1-PI HUMAN (PROLASTIN-C LIQ) 50 MG/ML
  ORD DOSE: 60 MG/KG IV QWK   ORD WT KG: 71.4
  CALC DOSE MG: 4284
  VIAL 1: 4000 MG/80 ML  LOT: 25P3318  EXP: 11/30/26
  VIAL 2:  500 MG/10 ML  LOT: 25P2974  EXP: 08/31/26
  AMT GIVEN MG: 4284     VOL GIVEN ML: 85.7
  WASTE MG: 216          WASTE ML: 4.3    FROM: VIAL 2 (500 MG)
  WASTE WITNESS: DUPREE,ANGELA RN   WASTE TM: 0913   REASON: PARTIAL VIAL - DOSE < VIAL TOTAL
  PUMP: CH A   RATE: 5.7 ML/MIN (0.08 ML/KG/MIN)   FILTER: N/A
  STRT TM: 0917     STP TM: 0936
  FLUSH POST: NS 20 ML   0937
  PT TOL: WELL - NO RXN

INTERVENTION: VITAL SIGNS - INFUSION                       01/14/26
  TIME   TEMP  HR   RR   BP       SPO2
  0915   36.8  86   20   136/80   91
  0930   36.9  84   18   132/78   92
  0945   36.8  82   18   130/78   92
  0955   --    80   18   128/76   93

INTERVENTION: CHARGE ENTRY                                 01/14/26 0950 TLEMIEUX,RN
  CHG CD     DESCRIPTION                          QTY
  J0256      INJ ALPHA1-PI HUMAN NOS 10MG         429
  J0256-JW   INJ ALPHA1-PI HUMAN NOS 10MG WASTE   22
  96365      IV INF THER/PROPH/DX INIT UP TO 1H   1

PT EDUCATION: S/S INF RXN REVIEWED. VERBALIZED UNDERSTANDING.  TEACH BACK: Y
DISCHARGE: 01/14/26 1002  AMB W/ DAUGHTER. IV D/C'D CATH INTACT. NEXT APPT 01/21/26 0830.

                                                             PAGE 2 OF 2
NURSING NOTE                                               01/14/26 0958 TLEMIEUX,RN
  58 YO F WITH AATD ON WEEKLY PROLASTIN-C LIQUID. ARRIVED AMB, DOE BASELINE PER DAUGHTER.
  WT DOWN 0.6 KG FROM LAST WK. DOSE CALC REVIEWED W/ PHARMACY (4284 MG = 85.7 ML).
  500 MG VIAL PARTIALLY USED, REMAINDER WASTED IN RX WASTE BIN W/ WITNESS (SEE ABOVE).
  INFUSED VIA PUMP WITHOUT INCIDENT. PT STATES "BREATHING THE SAME, NO WORSE".
  AAT LVL PER CHART 3.9 UMOL/L (2019). FEV1 38% (09/2025).
  REMINDED PT PULM F/U 02/04/26 W/ DR OKONKWO. SMOKING CESSATION MAINTAINED.
----------------------------------------------------------------------------------------
**END OF REPORT**
"""

REG = """ALPHA-1 LONGITUDINAL OUTCOMES REGISTRY (A1-LOR)
FOLLOW-UP VISIT CASE REPORT FORM  -  CRF v3.1 (paper source, transcribed to EDC 2025-10-09)
Site: 014 St. Anselm Pulmonary Research    Subject ID: 014-0327    Initials: D-M-R
Visit number (FU_VISNUM): 07              Visit date (FU_DATE, yyyy-mm-dd): 2025-10-02
Consent version on file: ICF v5 2023-04-11    Completed by: J. Paredes, CRC

Coding: -7 = refused  -8 = not done / not applicable  -9 = unknown

SECTION A - DEMOGRAPHICS / ANTHROPOMETRICS
A1  DEM_SEX ............ [2]   1=Male 2=Female
A2  DEM_BYEAR .......... [1967]
A3  VS_HT_CM ........... [160.0]
A4  VS_WT_KG ........... [72.6]
A5  VS_BMI ............. [28.4]

SECTION B - GENETICS / LABORATORY
B1  GEN_PITYPE ......... [4]   1=PI*ZZ 2=PI*SZ 3=PI*MZ 4=PI*Z/Null 5=PI*Null/Null
                                6=Other rare (specify B1a)  9=Unknown
B1a GEN_RARE_SPEC ...... [-8]
B2  GEN_METHOD ......... [2]   1=IEF phenotype 2=DNA genotyping/sequencing 3=Both
B3  LAB_AAT_BASE ....... [3.9]   B3u unit [2]  1=mg/dL 2=umol/L 3=g/L
B3d LAB_AAT_BASE_DT .... [2019-05-14]   (pre-augmentation)
B4  LAB_AAT_TROUGH ..... [-8]   (not drawn this interval)
B5  LAB_IGA_MGDL ....... [211]
B6  LAB_ALT_UL ......... [24]   B7 LAB_AST_UL [27]

SECTION C - PULMONARY
C1  LUNG_EMPH .......... [1]   1=Yes 2=No 9=Unknown
C1a LUNG_EMPH_SRC ...... [1]   1=CT 2=PFT pattern 3=Clinical dx only
C1b LUNG_CT_DT ......... [2024-02-20]
C2  LUNG_BRONCHIECT .... [2]   1=Yes 2=No 9=Unknown
C3  PFT_DT ............. [2025-09-18]
C4  PFT_FEV1_L ......... [0.86]
C5  PFT_FEV1_PP ........ [38]   (% predicted, post-BD)
C6  PFT_DLCO_PP ........ [41]
C7  EXAC_N12M .......... [1]    (moderate or severe, prior 12 months)
C8  HOSP_N12M .......... [0]
C9  O2_USE ............. [2]   1=None 2=Exertion/nocturnal 3=Continuous

SECTION D - EXPOSURES
D1  SMK_STAT ........... [2]   1=Never 2=Former 3=Current
D2  SMK_QUIT_YR ........ [2011]
D3  SMK_PKYR ........... [22]
D4  VAPE_CURR .......... [2]   1=Yes 2=No

SECTION E - TREATMENT
E1  AUG_CURRENT ........ [1]   1=Yes 2=No
E2  AUG_PROD ........... [2]   1=Prolastin-C 2=Prolastin-C Liquid 3=Aralast NP 4=Zemaira
                                5=Glassia 6=Investigational (blinded)
E3  AUG_START_DT ....... [2020-01]
E4  AUG_DOSE_MGKG ...... [60]
E5  AUG_SITE ........... [1]   1=Hospital OP infusion 2=Home 3=Physician office
E6  AUG_MISSED_N ....... [3]   (doses missed in interval)

SECTION F - FAMILY
F1  FAM_SIB_N .......... [2]
F2  FAM_SIB1_PI ........ [1]   (codes as B1) - brother, tested 2020
F3  FAM_SIB2_PI ........ [9]
F4  FAM_CHILD_TESTED ... [1]   1=Yes 2=No ; F4a result [3] (daughter, codes as B1)

SECTION G - PATIENT-REPORTED
G1  CAT_SCORE .......... [17]
G2  SGRQ_TOTAL ......... [-7]   (declined, time)

Investigator review: S. Alvarado, MD (sub-I)     Signature date: 2025-10-06
Queries open: 0    Source verified: partial (B3 from 2019 outside lab PDF)
"""

PN = """ST. ANSELM PULMONARY & SLEEP - OFFICE VISIT
Date: 12/03/2025      Clinician: Chinedu Okonkwo, MD
Patient: Delia M. Rosario (58 y F)   MRN M000318840

Reason for visit: 3-month follow-up, alpha-1 antitrypsin deficiency on augmentation.

Interval history:
Ms. Rosario has AATD with a PI*Z/null genotype (ARUP DNA sequencing 2019: Z allele plus a
null variant, QO-granite falls), baseline AAT 3.9 umol/L. She has panlobular emphysema on CT
(02/2024). She started weekly Prolastin-C Liquid in January 2020 at St. Anselm infusion.
Since the last visit she had one exacerbation in October (treated as outpatient with
prednisone 40 mg x 5 days and doxycycline 100 mg BID x 7 days, no ED). Before augmentation
she averaged three exacerbations a year with two admissions in 2019. She continues in the
A1-LOR registry (visit 7 in October). She quit smoking in 2011 and has not relapsed.
Uses 2 L oxygen with exertion. Walks about 1 block before stopping.

Medications:
- Prolastin-C Liquid 60 mg/kg IV weekly (infusion center)
- Budesonide/glycopyrrolate/formoterol 160/9/4.8 mcg 2 puffs BID
- Albuterol HFA PRN
- Sertraline 50 mg daily; omeprazole 20 mg daily
- Oxygen 2 L/min with exertion

Exam: BP 134/80, HR 86, SpO2 92% on RA at rest, 88% after walking to room, wt 72.0 kg.
Distant breath sounds, no wheeze. No edema.

Data: PFT 09/18/2025 FEV1 0.86 L (38% predicted), FEV1/FVC 0.39, DLCO 41%.
2023: FEV1 0.90 L (40% predicted).

Assessment and plan:
1. Alpha-1 antitrypsin deficiency, PI*Z/null, on augmentation. Good response: exacerbations
   down from 3/year to 1/year, no admissions since 2020, FEV1 decline about 20 mL/year. No
   infusion reactions. Continue Prolastin-C Liquid 60 mg/kg weekly; infusion center to dose by
   weekly weight.
2. Emphysema with chronic hypoxemia on exertion: continue triple inhaler, ambulatory O2
   re-qualified today. Pulmonary rehab referral placed again (declined in 2024).
3. Health maintenance: pneumococcal PCV20 done 2023; RSV vaccine recommended, pt will
   consider. Liver: FibroScan 6.1 kPa 2024, no liver disease; repeat 2026.
4. Medicaid PA renewal due 06/2026; office will submit in May.
Follow-up 02/04/2026.

Chinedu Okonkwo, MD   signed 12/03/2025 17:05
"""

CHART = {
    "chart_id": "b14-002",
    "date_of_service": "2026-01-14",
    "payer": {"profile": "medicaid", "name": "BrightPath Health Plan (Medicaid MCO)"},
    "prior_authorization": "MCD-PA-2025-118437",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 429, "modifiers": []},
        {"hcpcs": "J0256", "units": 22, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-14", "text": MT},
        {"id": "d2", "type": "other", "date": "2025-10-02", "text": REG},
        {"id": "d3", "type": "progress_note", "date": "2025-12-03", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-002",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "conflict",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "DX: AATD PI Z/NULL (E88.01)"},
        {"kind": "genotype", "alleles": ["Z", "NULL"], "_ev": "PI*Z/null genotype"},
        {"kind": "serum_aat", "value": 3.9, "unit": "uM", "_ev": "baseline AAT 3.9 umol/L"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "EMPHYSEMA, PANLOBULAR (J43.1)"},
        {"kind": "fev1", "value": 38, "_ev": "FEV1 0.86 L (38% predicted)"},
        {"kind": "fev1", "value": 40, "_ev": "FEV1 0.90 L (40% predicted)"},
        {"kind": "smoking_status", "value": "former", "_ev": "SMK STAT: FORMER - QUIT 2011"},
        {"kind": "weight", "value": 71.4, "unit": "kg", "value_kg": 71.4, "_ev": "WT KG: 71.4"},
        {"kind": "weight", "value": 72.0, "unit": "kg", "value_kg": 72.0, "_ev": "(PREV: 72.0 ON 01/07/26)"},
        {"kind": "weight", "value": 72.6, "unit": "kg", "value_kg": 72.6, "_ev": "VS_WT_KG ........... [72.6]"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid", "_ev": "ALPHA1-PI HUMAN (PROLASTIN-C LIQ)"},
        {"kind": "dose", "value": 4284, "_ev": "AMT GIVEN MG: 4284"},
        {"kind": "wastage", "value": 216, "_ev": "WASTE MG: 216"},
        {"kind": "lot_number", "value": "25P3318", "_ev": "LOT: 25P3318"},
        {"kind": "lot_number", "value": "25P2974", "_ev": "LOT: 25P2974"},
        {"kind": "expiration_date", "value": "2026-11-30", "_ev": "EXP: 11/30/26"},
        {"kind": "expiration_date", "value": "2026-08-31", "_ev": "EXP: 08/31/26"},
        {"kind": "infusion_start", "value": "09:17", "_ev": "STRT TM: 0917"},
        {"kind": "infusion_end", "value": "09:36", "_ev": "STP TM: 0936"},
        {"kind": "response_to_therapy", "_ev": "Good response: exacerbations"},
        {"kind": "prior_authorization", "value": "MCD-PA-2025-118437", "_ev": "PA#: MCD-PA-2025-118437"},
    ],
    "notes": (
        "One gap: 216 mg wasted from the 500 mg vial; JW billed 22 units (nurse rounded 21.6 up) but the "
        "discarded amount is rounded down: floor(216/10) = 21 -> wastage_documented conflict. Administered "
        "line 429 = ceil(428.4) is right. Registry CRF carries coded answers (B1=4 -> PI*Z/Null, D1=2 -> "
        "former, E2=2 -> Prolastin-C Liquid, C1=1 emphysema yes, C2=2 bronchiectasis NO), a registry weight "
        "72.6 kg (2025-10-02), brother and daughter coded PI types (family). MEDITECH 'PREV: 72.0' weight and "
        "clinic 72.0 kg are the same normalized value. Times: arrival 0832, IV access 0851, waste 0913, "
        "flush 0937, discharge 1002 are not infusion times. 'ORD WT KG: 71.4' equals the measured weight."
    ),
}

ARITH = {
    "weight_kg": 71.4, "weight_source": "d1 WT KG on DOS",
    "dose_mg": 4284, "target_mg": 4284.0, "pct_diff": 0.0,
    "code": "J0256", "bu_mg": 10, "units_expected": 429, "units_billed": 429,
    "waste_mg": 216, "jw_units_expected": 21, "jw_units_billed": 22, "modifier_expected": "JW line x21",
    "lots": [
        {"lot": "25P3318", "exp": "2026-11-30", "dos": "2026-01-14", "expired": False},
        {"lot": "25P2974", "exp": "2026-08-31", "dos": "2026-01-14", "expired": False},
    ],
    "lb_check": "71.4 kg = 157.4 lb",
    "dos_product": "Prolastin-C Liquid",
    "response_in_progress_note": True,
    "infusion": {"start": "09:17", "end": "09:36"},
}
