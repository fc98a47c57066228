# b7-004: fax / RTF-converted packet (odd spacing, hard wraps, ALL CAPS, page headers inside tables).
# Medicare Part B. Aralast NP billed J0256 with JW. Gap: JW units (70) do not match documented waste (200 mg).

PROG = """
SEP-24-2025  14:02     FROM:LAKESIDE PULM ASSOC     5550148         TO:5550199          P.2/6



                    LAKESIDE   PULMONARY   ASSOCIATES,   P.C.
              2200  Shoreline  Dr,  Suite  310   *   Tel  555-0148
                              PROGRESS   NOTE

PATIENT:  BRANDT,  WALTER  J            DOB:  06/30/1964        ACCT#  LPA-20931
DATE  OF  SERVICE:  09/23/2025          PHYSICIAN:  M.  OYELARAN,  MD
INSURANCE:  MEDICARE  PART  B  /  AARP  MEDIGAP  PLAN  G  (SECONDARY)

HISTORY  OF  PRESENT  ILLNESS:
61  YO  MALE  WITH  ALPHA-1  ANTITRYPSIN  DEFICIENCY  (PHENOTYPE  PI  ZZ)  AND
EMPHYSEMA,  SEEN  TODAY  PRIOR  TO  HIS  WEEKLY  ARALAST  NP  INFUSION  IN  OUR
OFFICE  INFUSION  ROOM.   HE  REPORTS  NO  CHANGE  IN  BASELINE  DYSPNEA  (MMRC  2),
NO  INCREASE  IN  SPUTUM,  NO  FEVERS.   HE  HAS  HAD  NO  EXACERBATIONS  SINCE  HIS
LAST  VISIT  IN  JUNE.   STABLE  ON  AUGMENTATION  -  FEV1  HAS  BEEN  ESSENTIALLY
UNCHANGED  OVER  THE  PAST  THREE  YEARS  (1.64  L  IN  2022,  1.60  L  IN  08/2025)
AND  HE  REMAINS  ACTIVE,  GOLFING  9  HOLES  WITH  A  CART.

PAST  MEDICAL  HISTORY:
1.  ALPHA-1  ANTITRYPSIN  DEFICIENCY,  E88.01  -  DX  2019,  SERUM  AAT  29  MG/DL
2.  PANLOBULAR  EMPHYSEMA,  J43.1
3.  HYPERTENSION
4.  BPH
5.  OSA  ON  CPAP

MEDICATIONS:  TIOTROPIUM  2.5  MCG  2  PUFFS  DAILY,  BUDESONIDE-FORMOTEROL  160/4.5
2  PUFFS  BID,  ALBUTEROL  PRN,  LOSARTAN  50  MG  DAILY,  TAMSULOSIN  0.4  MG  QHS,
ARALAST  NP  60  MG/KG  IV  WEEKLY.

SOCIAL  HISTORY:   FORMER  SMOKER  -  QUIT  1998,  25  PACK-YEARS.   NO  ETOH.

VITAL  SIGNS:   BP  134/82   P  76   R  18   SAT  94%  RA   WT  88.6  KG   HT  183  CM

EXAM:   DECREASED  BREATH  SOUNDS  BILATERALLY,  NO  WHEEZE.   HEART  RRR.
NO  EDEMA.

PULMONARY  FUNCTION  (08/12/2025):   FEV1  1.60  L  (45%  PRED),  FVC  3.55  L
(76%),   RATIO  0.45,   DLCO  41%.    SEVERE  OBSTRUCTIVE  VENTILATORY  DEFECT.

ASSESSMENT  AND  PLAN:
1.  AATD  WITH  EMPHYSEMA  -  CONTINUE  WEEKLY  ARALAST  NP  60  MG/KG.
    INFUSION  TODAY,  SEE  NURSING  FLOWSHEET.
2.  COPD  MAINTENANCE  -  CONTINUE  INHALERS.
3.  RTC  3  MONTHS  WITH  PFT.

ELECTRONICALLY  SIGNED:  MICHAEL  OYELARAN,  MD     09/23/2025  12:48


CONFIDENTIALITY NOTICE: This facsimile contains protected health information.
If you received this in error, notify sender at 555-0148 and destroy all copies.
"""

FLOWSHEET = """
SEP-24-2025  14:03     FROM:LAKESIDE PULM ASSOC     5550148         TO:5550199          P.3/6

LAKESIDE  PULMONARY  ASSOCIATES  -  OFFICE  INFUSION  FLOWSHEET
PATIENT:  BRANDT,  WALTER  J     DOB  06/30/1964      DOS  09/23/2025
RN:  T.  HALVORSEN,  RN

PRODUCT:  ARALAST  NP  (ALPHA1-PROTEINASE  INHIBITOR  [HUMAN])
ORDER:  60  MG/KG  X  88.6  KG  =  5,316  MG   -->  ROUND  TO  5,300  MG
NDC  0944-2815-02  (1000  MG)    NDC  0944-2814-02  (500  MG)

VIAL   SIZE      LOT  NO.       EXP  DATE     RECONSTITUTED   DILUENT
----   -------   ------------   -----------   -------------   -------
 1     1000 MG   LE12P045A      03/31/2027    12:40           50 ML SWFI
 2     1000 MG   LE12P045A      03/31/2027    12:40           50 ML SWFI
 3     1000 MG   LE12P045A      03/31/2027    12:42           50 ML SWFI

SEP-24-2025  14:03     FROM:LAKESIDE PULM ASSOC     5550148         TO:5550199          P.4/6
---  continued  ---
 4     1000 MG   LE12P045A      03/31/2027    12:42           50 ML SWFI
 5     1000 MG   LE12P045A      03/31/2027    12:44           50 ML SWFI
 6      500 MG   LE05N118       11/2026       12:44           25 ML SWFI

TOTAL  RECONSTITUTED:  5,500  MG  /  275  ML

TIMES:
  PT  ARRIVED  ......................  12:55
  VITALS  PRE  .......................  13:05   BP 132/80  HR 74  SAT 94%  T 36.6
  IV  22G  L  AC  ....................  13:10
  INFUSION  START  ...................  13:20
  VITALS  MID  .......................  13:40   BP 128/78  HR 72  SAT 95%
  INFUSION  STOP  ....................  13:58
  VITALS  POST  ......................  14:10   BP 130/80  HR 72  SAT 95%
  DISCHARGED  ........................  14:25

DOSE  INFUSED:   5,300  MG   (265  ML)   VIA  PUMP  AT  0.08  ML/KG/MIN  (7.1  ML/MIN)
WASTE:   200  MG  (10  ML)  REMAINING  IN  VIAL  #6  (500  MG  VIAL,  300  MG  USED)
         DISCARDED  IN  PHARM  WASTE  13:59,  WITNESSED  BY  J.  PEREZ,  MA
REACTION:   NONE.    PT  TOLERATED  WELL.
NEXT  INFUSION:   09/30/2025   13:00

T.  HALVORSEN,  RN     09/23/2025  14:30
"""

LAB = """
SEP-24-2025  14:04     FROM:LAKESIDE PULM ASSOC     5550148         TO:5550199          P.5/6

      TRI-COUNTY   REFERENCE   LABORATORY
      *** FINAL  REPORT ***                      PRINTED:  04/18/2019

PT:  BRANDT,  WALTER  J          SEX: M    DOB: 06/30/1964
DR:  OYELARAN,  M               COLLECTED:  04/11/2019  08:15

TEST                          RESULT      UNITS       REF RANGE         FLAG
ALPHA-1-ANTITRYPSIN           29          MG/DL       90 - 200          LOW
ALPHA-1-ANTITRYPSIN
  PHENOTYPE (IEF)             PI ZZ                   PI MM             ABN
CRP,  HIGH  SENSITIVITY       1.1         MG/L        0.0 - 3.0
IGA,  SERUM                   244         MG/DL       70 - 400
AST                           28          U/L         10 - 40
ALT                           31          U/L         9 - 46
GGT                           40          U/L         3 - 90
ALK  PHOS                     77          U/L         40 - 115
BILIRUBIN,  TOTAL             0.7         MG/DL       0.2 - 1.2
ALBUMIN                       4.2         G/DL        3.6 - 5.1
PLATELETS                     212         K/UL        140 - 400

COMMENT:   PHENOTYPE  PI ZZ  CONSISTENT  WITH  SEVERE  ALPHA-1  ANTITRYPSIN
DEFICIENCY.   SUGGEST  FAMILY  SCREENING.   CONCENTRATIONS  BELOW  57  MG/DL
(11  UMOL/L)  ARE  ASSOCIATED  WITH  INCREASED  RISK  OF  EMPHYSEMA.

---------------------------------------------------------------- PAGE 1 OF 1
"""

BILLING = """
SEP-24-2025  14:01     FROM:LAKESIDE PULM ASSOC     5550148         TO:5550199          P.1/6

FAX  COVER  SHEET
TO:   CENTRAL  BILLING  OFFICE  -  ATTN  CODING              FAX:  555-0199
FROM: LAKESIDE  PULMONARY  ASSOCIATES  (INFUSION)            PH:   555-0148
DATE: 09/24/2025      PAGES  (INCL  COVER):  6
RE:   BRANDT,  WALTER  J   -   DOS  09/23/2025   -   CHARGE  ENTRY

CHARGE  TICKET  (PREPARED  FROM  PHARMACY  DISPENSE  LOG)
   96365    IV  INFUSION,  INITIAL,  UP  TO  1  HR                  X 1
   J0256    ALPHA 1-PROTEINASE INHIB, NOS, 10 MG                  X 530
   J0256-JW DISCARDED DRUG                                        X 70
   DX:  E88.01,  J43.1

PHARMACY  DISPENSE  LOG  09/22/2025:  ARALAST  NP  1000  MG  X  6  PULLED  FOR  BRANDT
(STOCK  SWAP  AT  CHAIRSIDE  TO  5 X 1000  +  1 X 500  -  SEE  FLOWSHEET)

PLACE  OF  SERVICE:  11  (OFFICE)      RENDERING  NPI:  1487720653
NDC  ON  CLAIM:  N4 00944281502 UN5  /  N4 00944281402 UN1

PAGE  6/6:  PATIENT  DEMOGRAPHICS / INSURANCE  CARD  COPY  (FRONT  AND  BACK)

NOTES:  PLEASE  CALL  WITH  QUESTIONS.   PAGES  2-6  FOLLOW.
CODER  QUEUE:  INFUSION - PULM     PRIORITY:  ROUTINE     BATCH:  0924-07
"""

CHART = {
    "chart_id": "b7-004",
    "date_of_service": "2025-09-23",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Novitas)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 530, "modifiers": []},
        {"hcpcs": "J0256", "units": 70, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-09-23", "text": PROG},
        {"id": "d2", "type": "infusion_record", "date": "2025-09-23", "text": FLOWSHEET},
        {"id": "d3", "type": "lab_report", "date": "2019-04-18", "text": LAB},
        {"id": "d4", "type": "other", "date": "2025-09-24", "text": BILLING},
    ],
}

GOLD = {
    "chart_id": "b7-004",
    "profile": "medicare",
    "requirements": {
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
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 29, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 45},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 88.6, "unit": "kg", "value_kg": 88.6},
        {"kind": "drug_product", "value": "Aralast NP"},
        {"kind": "dose", "value": 5300},
        {"kind": "wastage", "value": 200},
        {"kind": "lot_number", "value": "LE12P045A"},
        {"kind": "lot_number", "value": "LE05N118"},
        {"kind": "expiration_date", "value": "2027-03-31"},
        {"kind": "expiration_date", "value": "2026-11"},
        {"kind": "infusion_start", "value": "13:20"},
        {"kind": "infusion_end", "value": "13:58"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Fax-converted packet; page headers 'SEP-24-2025 14:03 FROM...' interrupt the vial table. "
        "Gap: documented waste 200 mg (vial #6, 500 mg vial, 300 mg used) -> JW should be floor(200/10) = 20 units; "
        "claim bills J0256-JW x 70 (taken from the pharmacy dispense log of 6 x 1000 mg) -> wastage_documented conflict. "
        "Dose 5300 mg: 60 x 88.6 = 5316, tolerance 531.6 -> met; administered units ceil(5300/10) = 530 = billed -> met. "
        "Aralast NP on J0256 -> code_selection met. Medicare -> PA not_applicable. "
        "'COPD MAINTENANCE' in the plan is an affirmed COPD -> copd; 'SEVERE OBSTRUCTIVE VENTILATORY DEFECT' -> "
        "airflow_obstruction. Response: 'STABLE ON AUGMENTATION - FEV1 ... UNCHANGED' in progress note. "
        "Traps: order calc 5,316 mg; total reconstituted 5,500 mg / 275 mL; 265 mL; 7.1 mL/min; reconstitution "
        "12:40-12:44, arrival 12:55, IV 13:10, vitals 13:05/13:40/14:10, waste 13:59, discharge 14:25, fax timestamps "
        "14:01-14:04, signature 12:48/14:30; next infusion 09/30 13:00; charge ticket 'X 530'/'X 70' are claim data, not "
        "documented amounts; lab reference 'PI MM'; threshold text '57 MG/DL (11 UMOL/L)' in lab comment; "
        "losartan 50 mg, tamsulosin 0.4 mg; FEV1 1.64 L 2022 / 1.60 L (45%)."
    ),
}
