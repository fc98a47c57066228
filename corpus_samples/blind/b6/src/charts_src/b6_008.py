CHART = {
    "chart_id": "b6-008",
    "date_of_service": "2026-07-22",
    "payer": {"profile": "medicaid", "name": "Louisiana Medicaid - Healthy Louisiana (Aetna Better Health)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 573, "modifiers": []},
        {"hcpcs": "J0256", "units": 54, "modifiers": ["JW"]},
        {"hcpcs": "S9346", "units": 1, "modifiers": []}
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-07-15", "text": """
Bayou Pulmonary Clinic                                   Chart Note
Patient: Terrence J. Boudreaux     DOB: 01/03/1974     Sex: Male
Date of service: 07/15/2026        Provider: Nadia Farouk, MD
Encounter type: Office visit - established

SUBJECTIVE
Chief complaint: Alpha-1 follow up; Medicaid PA renewal
HPI: 52 year old male with alpha-1 antitrypsin deficiency (PI*ZZ) and
emphysema, on weekly Zemaira home infusions since 2024 through Acadiana
Home Infusion. Breathing is stable on Zemaira; no exacerbations since
01/2026, no ED visits. Tolerating home infusions without reactions.
Still smoking about 1/2 pack per day (down from 1 ppd); wants to quit,
failed nicotine patch in 2025.

Current medications
  Stiolto Respimat 2.5-2.5 mcg 2 puffs daily
  Albuterol HFA 90 mcg 2 puffs q4h PRN
  Metformin 500 mg BID
  Zemaira IV weekly (home infusion)
Allergies: No known drug allergies

Social history
  Tobacco status: Current every day smoker - 1/2 ppd, 34 pack-years
  Alcohol: socially, 2-3 drinks/week
  Occupation: offshore galley cook (on leave)

Family history
  Father: COPD, deceased 68. Daughter (19): tested PI*MZ.

OBJECTIVE
Vitals
  Height: 6 ft 1 in | Weight: 95.9 kg (211 lb 7 oz) | BMI: 27.9
  BP: 138/88 | Pulse: 90 | Resp: 18 | Temp: 98.3 F | SpO2: 93%
Exam: prolonged expiratory phase, scattered end-expiratory wheeze.
Data: spirometry 06/2026 FEV1 49% predicted, FEV1/FVC 0.44.
AAT 31 mg/dL (2023, pre-treatment), phenotype ZZ.

ASSESSMENT
  Alpha-1-antitrypsin deficiency - E88.01
  Emphysema, unspecified - J43.9
  Nicotine dependence, cigarettes, uncomplicated - F17.210
  Type 2 diabetes mellitus without complication - E11.9

PLAN
  - Continue Zemaira 60 mg/kg IV weekly via home infusion; home RN to
    weigh each visit.
  - Smoking cessation: start varenicline 0.5 mg daily x3d, then BID x4d,
    then 1 mg BID; quit date set 08/01/2026. Counseled 10 min - augmentation
    benefit is lost with continued smoking; Medicaid may not renew.
  - Medicaid PA renewal submitted 07/01/2026 - status pending.
  - Recheck spirometry 12/2026.
  - Follow up 3 months.

Signed electronically by Nadia Farouk, MD on 07/15/2026 at 4:41 PM
"""},
        {"id": "d2", "type": "infusion_record", "date": "2026-07-22", "text": """
ACADIANA HOME INFUSION - SKILLED NURSING VISIT NOTE  (mobile export)
Patient: BOUDREAUX, TERRENCE J    DOB 01/03/1974    MR# AHI-20417
Visit date: 07/22/2026    Visit type: SN infusion - weekly A1PI
Nurse: Gabrielle Theriot, RN

Clock-in .................. 09:31:12   (GPS verified, pt home)
Vitals .................... 09:40:55   T 98.4 F  P 88  BP 134/86  R 18
                                       SpO2 93% RA
Weight .................... 09:42:10   95.5 kg (agency scale)
PIV 24g L forearm ......... 09:51:48   1 attempt, +blood return
Reconstitution complete ... 09:58:20

MEDICATION
  Zemaira (alpha1-proteinase inhibitor, human) - Rx #AHI-775104
  Order: 60 mg/kg IV weekly; today 60 x 95.5 kg = 5,730 mg
  Vials: 6 x Zemaira 1000 mg nominal; actual potency 1,046 mg/vial
         per carton = 6,276 mg total; reconstituted 20 mL SWFI each
  Lot: P100342217     Exp: 30-Apr-2027     NDC 0053-7201-02
  DOSE ADMINISTERED: 5,730 mg (109.6 mL) IV
  WASTE: 546 mg (10.4 mL) left in vial 6 - discarded in pharmaceutical
         waste container (single-use vial)

Infusion start ............ 10:02:37   rate 7.5 mL/min (<= 0.08 mL/kg/min)
Vitals .................... 10:17:02   P 86  BP 130/84  SpO2 94%
Infusion end .............. 10:31:05
Vitals .................... 10:46:30   P 84  BP 128/82  SpO2 94%
PIV removed ............... 10:50:11   catheter intact
Clock-out ................. 11:05:44

Tolerated infusion, no rash/itching/dyspnea. Pt smoked 1 cigarette on
porch before visit per his report; reinforced cessation plan (varenicline
started 07/17). Supplies left: 6 vials for next week delivered 07/21.
Next visit 07/29/2026 ~09:30.

E-signed: Gabrielle Theriot, RN  07/22/2026 11:12:09
"""},
        {"id": "d3", "type": "other", "date": "2026-07-21", "text": """
LOUISIANA MEDICAID PROVIDER PORTAL - AUTHORIZATION INQUIRY
Plan: Aetna Better Health of Louisiana
Printed: 07/21/2026 16:04:33   User: AHI_intake_03

Member: BOUDREAUX, TERRENCE J     Medicaid ID: 8800431925     DOB: 01/03/1974
Requesting provider: Acadiana Home Infusion (NPI 1356xxxxxx)
Service: J0256 alpha-1 proteinase inhibitor (Zemaira), up to 600 units/wk;
         S9346 home infusion per diem
Request tracking #: 7730021
Submitted: 07/01/2026 10:12:51
Status: PENDING - CLINICAL REVIEW
  Additional information requested 07/09/2026: documentation of smoking
  status / cessation program (policy: members must be non-smokers or
  enrolled in active cessation)
Authorization #:
Previous authorization: expired 06/30/2026

Intake note: faxed PCP/pulm notes 07/16 13:22:05. Will re-check 07/24.
"""},
        {"id": "d4", "type": "lab_report", "date": "2023-03-02", "text": """
Labcorp                                   Patient Report
Patient: BOUDREAUX, TERRENCE J      DOB: 01/03/1974      Age: 49
Specimen ID: 061-448-1290-0     Collected: 02/27/2023 07:48
Reported: 03/02/2023   Ordering: Farouk, Nadia MD

TESTS                          RESULT      FLAG     UNITS     REFERENCE INTERVAL
Alpha-1-Antitrypsin, Serum     31          Low      mg/dL     101-187
A-1-Antitrypsin Phenotype      ZZ          Abnormal           MM
  Comment: ZZ phenotype, associated with severe deficiency.
Hemoglobin A1c                 6.8         High     %         4.8-5.6
C-Reactive Protein, Quant      4           -        mg/L      0-10
Glucose                        142         High     mg/dL     70-99
Creatinine                     0.94                 mg/dL     0.76-1.27
eGFR                           97                   mL/min    >59
AST (SGOT)                     21                   IU/L      0-40
ALT (SGPT)                     30                   IU/L      0-44
WBC                            8.8                  x10E3/uL  3.4-10.8
Hemoglobin                     16.9                 g/dL      13.0-17.7
Eos (Absolute)                 0.3                  x10E3/uL  0.0-0.4
Immunoglobulin A, Qn, Serum    233                  mg/dL     90-386

Performing Labs: 01 - Labcorp Houston, 7207 N Gessner Rd, Houston TX.
  SERPINA1 genotyping not ordered (phenotype diagnostic).
"""},
    ],
}

GOLD = {
    "chart_id": "b6-008",
    "profile": "medicaid",
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
        "prior_authorization": "missing",
        "code_selection": "met",
        "smoking_status": "conflict",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 31, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 49},
        {"kind": "weight", "value": 95.5, "unit": "kg", "value_kg": 95.5},
        {"kind": "weight", "value": 95.9, "unit": "kg", "value_kg": 95.9},
        {"kind": "smoking_status", "value": "current"},
        {"kind": "drug_product", "value": "Zemaira"},
        {"kind": "dose", "value": 5730},
        {"kind": "wastage", "value": 546},
        {"kind": "lot_number", "value": "P100342217"},
        {"kind": "expiration_date", "value": "2027-04-30"},
        {"kind": "infusion_start", "value": "10:02"},
        {"kind": "infusion_end", "value": "10:31"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Practice Fusion-style chart note + home-infusion SN visit export with HH:MM:SS timestamps + Medicaid portal "
        "printout + Labcorp report. Gaps: smoking_status conflict (current every-day smoker, 1/2 ppd; smoked before visit); "
        "prior_authorization missing (renewal PENDING, 'Authorization #:' blank, tracking # 7730021 is not an authorization, "
        "previous auth expired). Dose 5730 mg = 60 x 95.5 (DOS home weight) exactly -> met; 95.9 kg (07/15 office) is "
        "historical. J0256 administered 573 = ceil(5730/10); JW 54 = floor(546/10) -> met. S9346 per-diem line is not a drug "
        "line. Times with seconds normalized to HH:MM (10:02:37 -> 10:02, 10:31:05 -> 10:31). Traps: actual potency "
        "1,046 mg/vial and 6,276 mg total (vial contents, not dose), clock-in/out, vitals, PIV, reconstitution times, "
        "portal print time, varenicline 0.5/1 mg, metformin 500 mg, quit date 08/01/2026 (planned), daughter PI*MZ and "
        "father COPD (family), reference MM, next visit 07/29. [calc] dos_weight_kg=95.5"
    ),
}
