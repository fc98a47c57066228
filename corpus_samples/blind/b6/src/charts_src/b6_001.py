CHART = {
    "chart_id": "b6-001",
    "date_of_service": "2026-11-20",
    "payer": {"profile": "commercial", "name": "Aetna Choice POS II (VA MCCF third-party billing)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]}
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-11-20", "text": """
                              PROGRESS NOTES
 LOCAL TITLE: PULMONARY ATTENDING NOTE
STANDARD TITLE: PULMONARY ATTENDING NOTE
DATE OF NOTE: NOV 20, 2026@08:55     ENTRY DATE: NOV 20, 2026@08:55:41
      AUTHOR: HALVORSEN,KRISTIN M     EXP COSIGNER:
     URGENCY:                             STATUS: COMPLETED

CHIEF COMPLAINT: 6-month pulmonary f/u, on weekly alpha-1 augmentation

HISTORY OF PRESENT ILLNESS:
68 y/o male Veteran (USN 1976-1998, machinist mate) with ALPHA-1 ANTITRYPSIN
DEFICIENCY, PI*ZZ, dx 03/2019 during w/u of lower-lobe emphysema found on
CT. On weekly augmentation at this facility since 04/2019, currently
PROLASTIN-C LIQUID. Seen today in clinic before his scheduled infusion.
Since last visit (05/14/2026) one moderate exacerbation 02/2026 treated as
outpatient with prednisone 40 mg x 5 days + doxycycline. No ED visits, no
admissions. Walks 1 mile with dog most days, stops once on the hill. Uses
albuterol ~2x/week. Denies hemoptysis, fevers, wt loss, leg swelling.

ACTIVE PROBLEMS:
  1. Alpha-1-antitrypsin deficiency (ICD-10-CM E88.01)
  2. Panlobular emphysema (ICD-10-CM J43.1)
  3. Chronic obstructive pulmonary disease (ICD-10-CM J44.9)
  4. Essential hypertension
  5. Hyperlipidemia
  6. Obstructive sleep apnea, on CPAP

ACTIVE OUTPATIENT MEDICATIONS:
  TIOTROPIUM 18MCG CAP,INHL  INHALE 1 CAP DAILY
  BUDESONIDE/FORMOTEROL 160/4.5MCG INHL  2 PUFFS TWICE A DAY
  ALBUTEROL 90MCG/SPRAY INHL  2 PUFFS Q4H PRN SOB
  LISINOPRIL 20MG TAB  TAKE ONE TABLET BY MOUTH EVERY DAY
  ATORVASTATIN 40MG TAB  TAKE ONE TABLET BY MOUTH AT BEDTIME
  ALPHA-1-PROTEINASE INHIBITOR (PROLASTIN-C LIQUID) IV WEEKLY (clinic)

SOCIAL HX: Lives with wife in Minot. TOBACCO: former cigarette smoker,
35 pack-years, QUIT 2009. Health factor TOBACCO USE - FORMER SMOKER
(11/20/2026). No vaping. Alcohol 2-3 beers/wk.
FAMILY HX: Brother d. 2011 age 54 "emphysema", never tested. Sister tested
2019 after pt's dx: PI*MZ, level 88 mg/dL, asymptomatic. Daughter not yet
tested -- genetic counseling referral offered again.

VITAL SIGNS:
    T: 97.7 F [36.5 C] (11/20/2026 08:41)
    P: 74 (11/20/2026 08:41)
    R: 16 (11/20/2026 08:41)
   BP: 136/82 (11/20/2026 08:41)
   Ht: 70 in [177.8 cm] (05/14/2026 09:02)
   Wt: 194.9 lb [88.4 kg] (11/20/2026 08:41)
 Pulse Ox: 93% RA (11/20/2026 08:41)
 Pain: 0 (11/20/2026 08:41)
 Prior Wt: 196.2 lb [89.0 kg] (11/13/2026 08:37)

EXAM: NAD, speaks full sentences. Decreased BS bilat bases, no wheeze,
no crackles. RRR no m. No clubbing, no edema.

DATA:
PFT 10/22/2026: FEV1 1.38 L (44% pred) post-BD, FVC 3.36 L (79% pred),
FEV1/FVC 0.41, DLCO 46% pred. Interp: severe obstructive ventilatory
defect, no significant BD response; moderately reduced DLCO.
FEV1 trend (post-BD): 10/2024 1.47 L (47%) -> 10/2025 1.41 L (45%)
-> 10/2026 1.38 L (44%).
CT chest 02/2019: panlobular emphysema, lower-lobe predominant; no nodules.
AAT 03/14/2019 44 mg/dL (pre-treatment); trough 11/06/2026 98 mg/dL on tx.

ASSESSMENT:
1. AATD, PI*ZZ, with panlobular emphysema / severe COPD (GOLD 3).
   Response to augmentation: clinically stable. FEV1 decline ~45 mL/yr
   on therapy vs ~110 mL/yr in the 3 yrs before tx; 1 exacerbation in
   past 12 mo (3/yr in 2017-2018); no hospitalizations since 2019.
   Tolerates weekly infusions without reactions.
2. HTN - at goal.
3. OSA - CPAP compliant per download.

PLAN:
- Continue PROLASTIN-C LIQUID 60 mg/kg IV weekly. Calculated 60 mg/kg x
  88.4 kg = 5304 mg; order remains 5000 mg (whole 1 g vials; within
  VA PBM dose-rounding guidance). If wt falls below 180 lb will re-dose
  to 4500 mg.
- Continue tiotropium + budesonide/formoterol, albuterol PRN.
- Flu vaccine given 10/2026; PCV20 up to date.
- Repeat PFT 10/2027; AAT trough again in 6 months.
- Pulmonary rehab maintenance offered, declined.
- RTC 6 months, sooner prn.

/es/ KRISTIN M HALVORSEN, MD
STAFF PHYSICIAN, PULMONARY/CRITICAL CARE
Signed: 11/20/2026 09:38
"""},
        {"id": "d2", "type": "lab_report", "date": "2026-11-06", "text": """
                    ---- MISCELLANEOUS TESTS ----
Reporting Lab: VA NORTHERN PLAINS HCS LAB
               2101 ELM ST, FARGO, ND 58102

Collection DT: 11/06/2026 08:20       Accession: CH 1106 318
Specimen: SERUM.                      Provider: HALVORSEN,KRISTIN M
 Comment: Drawn pre-infusion (trough) - pt on augmentation therapy.
    Test name                Result    units      Ref.   range   Site Code
ALPHA-1-ANTITRYPSIN             98    mg/dL        90 - 200        438
CREATININE                     1.1    mg/dL      0.7 - 1.3         438
ALT                             22    U/L         0 - 41           438
===========================================================================

Collection DT: 03/14/2019 09:12       Accession: CH 0314 412
Specimen: SERUM.                      Provider: OKAFOR,DANIEL
 Comment: Pre-treatment. Phenotype sent to ARUP (isoelectric focusing).
    Test name                Result    units      Ref.   range   Site Code
ALPHA-1-ANTITRYPSIN             44 L  mg/dL        90 - 200        438
ALPHA-1 ANTITRYPSIN PHENOTYPE   ZZ                   (MM)          ARUP
C-REACTIVE PROTEIN             0.4    mg/dL       0.0 - 0.8        438
 Interpretation (ARUP): Phenotype ZZ. Consistent with severe
 alpha-1 antitrypsin deficiency. Reference phenotype MM.
===========================================================================
KEY: "L"=Abnormal low, "H"=Abnormal high, "*"=Critical value
"""},
        {"id": "d3", "type": "infusion_record", "date": "2026-11-20", "text": """
MEDICATION LOG REPORT                                        Page: 1
  Date/Time Printed: NOV 20, 2026@10:12
Patient: VETERAN,ALBERT J  (XXX-XX-4471)   Clinic: PULM INFUSION CHAIR 3
Log Start: NOV 13, 2026@00:00         Log End: NOV 20, 2026@23:59
===============================================================================
Date/Time       Action      Medication / IV Bag             Dose / Rate  Rte  By
-------------------------------------------------------------------------------
11/13/26@0848   GIVEN       ACETAMINOPHEN 325MG TAB         650MG (2)    PO   JRT
11/13/26@0910   INFUSING    PROLASTIN-C LIQUID 5000MG/100ML 200 ML/HR    IV   JRT
                            Bag 11V1  Lot 26K1T311
11/13/26@0939   COMPLETED   PROLASTIN-C LIQUID 5000MG/100ML  Infused 100 ML    JRT
11/20/26@0852   GIVEN       ACETAMINOPHEN 325MG TAB         650MG (2)    PO   MLB
11/20/26@0852   HELD        DIPHENHYDRAMINE 25MG CAP (PRN)  25MG         PO   MLB
                            Reason: not indicated, no hx of reaction
11/20/26@0905   INFUSING    SODIUM CHLORIDE 0.9% 250ML      20 ML/HR     IV   MLB
                            (KVO line)
11/20/26@0914   INFUSING    PROLASTIN-C LIQUID 5000MG/100ML 200 ML/HR    IV   MLB
                            Bag 11V2  Lot 26K1T408
11/20/26@0943   COMPLETED   PROLASTIN-C LIQUID 5000MG/100ML  Infused 100 ML    MLB
11/20/26@0948   COMPLETED   SODIUM CHLORIDE 0.9% 250ML       Infused 15 ML     MLB
-------------------------------------------------------------------------------
Initials: JRT = TOLLEFSON,JANE R RN   MLB = BERGSTROM,MARY L RN

===============================================================================
 LOCAL TITLE: NURSING INFUSION NOTE
STANDARD TITLE: NURSING NOTE
DATE OF NOTE: NOV 20, 2026@09:58     ENTRY DATE: NOV 20, 2026@09:58:12
      AUTHOR: BERGSTROM,MARY L       STATUS: COMPLETED

Pt arrived to infusion clinic 0835 ambulatory, A&Ox4. Seen by Dr.
Halvorsen 0855 (see attending note). Denies fever, new cough, rash.
Premed: acetaminophen 650 mg PO 0852 per standing order; diphenhydramine
PRN not needed.
22g PIV R forearm placed 0900, 1st attempt, + blood return, flushed 10 mL NS.
Pharmacy verified order 0858: PROLASTIN-C LIQUID 5000 MG IV
(order dose 60 mg/kg; pharmacy calc 5304 mg, rounded to 5 vials).
Product: PROLASTIN-C LIQUID 1000 mg/20 mL single-dose vials x 5,
transferred to empty sterile container, total volume 100 mL.
  LOT: 26K1T408      EXP: 31AUG2027   (same lot all 5 vials)
ADMINISTERED: PROLASTIN-C LIQUID 5000 MG IV via PIV with 0.2 micron filter.
  Infusion start 0914, infusion complete 0943.
  Rate 200 mL/hr (max per protocol 0.08 mL/kg/min = 7 mL/min).
WASTE: none. Entire contents of all 5 vials administered; 0 mg discarded.
VS: 0841 BP 136/82 P 74 SpO2 93%; 0929 BP 130/78 P 72 SpO2 94%;
    0945 BP 132/80 P 70 SpO2 94%.
No s/s of infusion reaction. PIV d/c'd 0950, catheter intact, site c/d/i.
Pt discharged ambulatory 1002 with wife. Next infusion 11/27/26 0900.
Pt verbalized understanding.

/es/ MARY L BERGSTROM, RN
CLINICAL NURSE, PULMONARY INFUSION
Signed: 11/20/2026 10:04
"""},
        {"id": "d4", "type": "other", "date": "2026-06-03", "text": """
                              PROGRESS NOTES
 LOCAL TITLE: MCCF UTILIZATION REVIEW NOTE
STANDARD TITLE: UTILIZATION REVIEW NOTE
DATE OF NOTE: JUN 03, 2026@14:20     ENTRY DATE: JUN 03, 2026@14:22:07
      AUTHOR: DUCHARME,PAULA A        STATUS: COMPLETED

Insurance Verification / Precertification - Outpatient Drug
Third-party payer: AETNA CHOICE POS II   Group: 0884512   Subscriber: spouse
Service: Alpha-1 proteinase inhibitor (Prolastin-C Liquid) IV weekly,
         HCPCS J0256, Dx E88.01 / J43.1
Spoke with: Aetna precert, rep "Marcus", call ref # CR-8841207
Clinical faxed 05/28/26: pulm note 05/14/26, PFT 10/2025 (FEV1 45% pred),
AAT 44 mg/dL + ZZ phenotype (2019), former smoker attestation.

DETERMINATION: APPROVED
  Precert/Authorization #: 2026-PX-4418730
  Effective: 06/02/2026 through 06/01/2027
  Units: up to 600 units J0256 per week x 52 weeks
  Site of care: VA facility outpatient infusion clinic

Note: Aetna policy (CPB 0145) renewal will again require FEV1 25-80%
predicted, AAT < 11 micromol/L and non-smoking attestation; calendar
reminder set for 04/2027. Prolastin-C is plan's preferred brand.

/es/ PAULA A DUCHARME
UTILIZATION REVIEW SPECIALIST, MCCF/REVENUE
Signed: 06/03/2026 14:31
"""},
    ],
}

GOLD = {
    "chart_id": "b6-001",
    "profile": "commercial",
    "requirements": {
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
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 44, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 98, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 44},
        {"kind": "fev1", "value": 45},
        {"kind": "fev1", "value": 47},
        {"kind": "weight", "value": 194.9, "unit": "lb", "value_kg": 88.4},
        {"kind": "weight", "value": 196.2, "unit": "lb", "value_kg": 89.0},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "26K1T408"},
        {"kind": "expiration_date", "value": "2027-08-31"},
        {"kind": "infusion_start", "value": "09:14"},
        {"kind": "infusion_end", "value": "09:43"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "2026-PX-4418730"},
    ],
    "notes": (
        "VA CPRS/VistA TIU notes + BCMA medication log; commercial third-party (MCCF). Complete chart. "
        "Weight: VistA prints 'Wt: 194.9 lb [88.4 kg]' (one weight; lb written first); prior week 196.2 lb [89.0 kg] "
        "is a historical weight finding, not the DOS weight. 60 x 88.4 = 5304 mg; dose given 5000 mg -> "
        "|5000-5304| = 304 = 5.7% <= 10% -> met. Units J0256: ceil(5000/10)=500 = billed 500 (JZ). Commercial, "
        "no JW line, explicit 'WASTE: none ... 0 mg discarded' -> wastage met. Traps: pharmacy calc 5304 mg, "
        "'If wt falls below 180 lb ... 4500 mg' (hypothetical), last week's BCMA rows (lot 26K1T311, 0910/0939) "
        "are an earlier visit and not findings, NS KVO line INFUSING 0905 (other infusion), acetaminophen 650 mg, "
        "arrival 0835, PIV 0900, pharmacy verification 0858, PIV d/c 0950, discharge 1002, next infusion 11/27/26 0900. "
        "Sister PI*MZ 88 mg/dL is family. Phenotype reference '(MM)' is not a result. On-therapy trough 98 mg/dL "
        "is still the patient's level (finding) but the pre-treatment 44 mg/dL is below 57 -> met. "
        "FEV1 44/45/47 % all in 25-80. Call ref # CR-8841207 is not an authorization number; precert "
        "2026-PX-4418730 is. Aetna criteria text (25-80%, <11 micromol/L) is policy text, not findings. "
        "[calc] dos_weight_kg=88.4"
    ),
}
