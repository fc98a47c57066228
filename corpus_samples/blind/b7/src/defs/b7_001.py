# b7-001: inpatient admission (AECOPD) during which the weekly A1PI dose is given from inpatient pharmacy.
# Medicare Advantage, no claim lines (inpatient stay; drug not separately billed on this chart).

H_AND_P = """
MERCY WEST REGIONAL MEDICAL CENTER            HOSPITAL MEDICINE
ADMISSION HISTORY AND PHYSICAL
Patient: QUIST, HAROLD P      MRN: 00814472      DOB: 03/14/1958 (67 y)
Admit date: 11/08/2025 16:42   Unit: 5 West Telemetry  Bed 512-B
Attending: Renata Solis, MD (Hospitalist)   PCP: Dale Omura, MD
Insurance: Wellcare Medicare Advantage HMO

CHIEF COMPLAINT: "I can't catch my breath" x 3 days

HPI: 67 y/o M with alpha-1 antitrypsin deficiency (PI*ZZ, dx 2016) with panlobular
emphysema, chronic hypoxic resp failure on 2 L NC at night, who presents with 3 days of
increased dyspnea, cough productive of green sputum, and wheeze. Used albuterol HFA
q2h at home without relief. Denies fever >38, chest pain, hemoptysis, leg swelling.
Receives weekly alpha-1 augmentation at home (Optum Infusion, Mondays); last dose
11/03/2025. Son drove him to ED; SpO2 84% on RA at triage, improved to 92% on 3 L.
ED gave methylprednisolone 125 mg IV x1, DuoNeb x3, azithromycin 500 mg IV x1.

PAST MEDICAL HISTORY
- Alpha-1 antitrypsin deficiency, PI*ZZ (Quest, 04/2016); baseline serum AAT 24 mg/dL
- Emphysema, panlobular, lower-lobe predominant (CT 2016, 2023)
- COPD, GOLD 3; FEV1 1.19 L (38% pred) on PFT 06/2025
- HTN; HLD; prediabetes (A1c 6.1%)
- Osteopenia on steroids bursts
Past surgical: R inguinal hernia repair 2009; cholecystectomy 2012

HOME MEDICATIONS (reconciled with pt and pharmacy list)
1. Prolastin-C Liquid IV weekly per home infusion (60 mg/kg, pharmacy-dosed)
2. Trelegy Ellipta 100-62.5-25 mcg 1 inh daily
3. Albuterol HFA 90 mcg 2 puffs q4h PRN
4. Amlodipine 5 mg PO daily
5. Atorvastatin 40 mg PO qHS
6. Calcium/vit D 600 mg/800 IU PO BID
7. Home O2 2 L NC nocturnal

ALLERGIES: Penicillin (hives)

SOCIAL: Former smoker, 30 pack-years, quit 2004. No alcohol since 2016. Retired
machinist. Lives with wife.
FAMILY: Brother PI*ZZ, died age 58 of cirrhosis. Daughter PI*MZ (carrier). Father
"emphysema," deceased 66.

VITALS (ED 14:55): T 37.6 C  HR 108  BP 148/86  RR 26  SpO2 92% 3 L NC
Wt 79.1 kg (bed scale, ED)  Ht 178 cm

EXAM: Tachypneic, speaking in short sentences. Diffuse expiratory wheeze, prolonged
expiratory phase, diminished bases. No JVD, no edema. A&Ox3.

DATA: WBC 13.8, Hgb 15.9, Plt 244. Na 138, K 4.1, Cr 0.92, Gluc 182. CRP 41 mg/L.
Procalcitonin 0.09. VBG 7.36/52. CXR: hyperinflation, no focal consolidation.
Resp viral panel negative. BNP 62.

ASSESSMENT / PLAN
1. Acute exacerbation of COPD (J44.1) in setting of AATD-related emphysema
   - methylprednisolone 40 mg IV q12h, azithromycin 500 mg IV daily x 3 more days
   - DuoNeb q4h + q2h PRN, budesonide neb BID; hold Trelegy while on nebs
   - O2 to keep SpO2 88-92%
2. AATD (E88.01) on augmentation - next weekly dose due Mon 11/10. Will ask pharmacy to
   dispense inpatient so there is no lapse; pharmacy to dose by weight.
3. Steroid-induced hyperglycemia - lispro sliding scale AC/HS
4. HTN - continue amlodipine. HLD - continue atorvastatin.
5. VTE ppx - enoxaparin 40 mg SC daily. GI ppx - pantoprazole 40 mg daily while on steroids.
Code status: Full code (discussed with pt and wife).

Renata Solis, MD  11/08/2025 18:20
"""

MAR = """
MEDICATION ADMINISTRATION RECORD - 24 HR VIEW
QUIST, HAROLD P   MRN 00814472   Rm 512-B   Admit 11/08/2025   Hosp day 3
Date: 11/10/2025 0000 - 2359      Allergies: PENICILLIN
Wt (daily, standing scale): 78.2 kg @ 05:40   Ht 178 cm

SCHEDULED
METHYLPREDNISOLONE SOD SUCC 40 MG IV Q12H
   06:00 Given 40 mg (KMR)        18:00 Given 40 mg (DJT)
AZITHROMYCIN 500 MG IVPB Q24H (day 3 of 5)
   09:00 Given 500 mg / 250 mL over 60 min (KMR)
IPRATROPIUM-ALBUTEROL 0.5-2.5 MG/3 ML NEB Q4H
   00:10 Given (RT)  04:05 Given (RT)  08:00 Given (RT)  12:10 Given (RT)
   16:00 Given (RT)  20:05 Given (RT)
BUDESONIDE 0.5 MG/2 ML NEB BID
   08:00 Given (RT)  20:05 Given (RT)
ENOXAPARIN 40 MG SC DAILY
   21:00 Given 40 mg L abd (DJT)
PANTOPRAZOLE 40 MG PO DAILY AC
   06:00 Given (KMR)
AMLODIPINE 5 MG PO DAILY
   09:00 Given (KMR)
ATORVASTATIN 40 MG PO QHS
   21:00 Given (DJT)
GUAIFENESIN ER 600 MG PO BID
   09:00 Given (KMR)   21:00 Given (DJT)
CALCIUM CARB-VIT D 600 MG-800 UNIT PO BID
   09:00 Given (KMR)   21:00 Refused - pt asleep (DJT)
INSULIN LISPRO SLIDING SCALE SC AC+HS
   07:30 BG 188 -> 2 units (KMR)   11:30 BG 241 -> 4 units (KMR)
   16:45 BG 226 -> 4 units (DJT)   21:00 BG 164 -> 0 units (DJT)

ONE-TIME
ALPHA-1 PROTEINASE INHIBITOR (HUMAN) [PROLASTIN-C LIQUID] IV ONCE
   Order: 60 mg/kg x 79.1 kg (admit wt) = 4,746 mg; pharmacy rounded to vial
   size -> dispense 4,500 mg (1 x 4,000 mg/80 mL vial + 1 x 500 mg/10 mL vial)
   Verified by pharmacist L. Ng, PharmD @ 08:47
   Barcode scan @ 10:04 (KMR)
   Vial 1: 4,000 mg  Lot P4K1187  Exp 2026-08-31
   Vial 2:   500 mg  Lot P0H3320  Exp 05/2026
   Administered: 4,500 mg (90 mL) IV via R forearm PIV, 0.08 mL/kg/min via pump
   Infusion start 10:12   Infusion end 10:34   (KMR)
   Both vials infused in full - no waste.
   VS 10:00 BP 138/80 HR 92 SpO2 93% 2L | 10:20 BP 134/78 HR 90 | 10:40 BP 136/82 HR 88
   No infusion reaction noted.

PRN
ALBUTEROL 2.5 MG/3 ML NEB Q2H PRN WHEEZE
   02:30 Given (RT)  14:15 Given (RT)
ACETAMINOPHEN 650 MG PO Q6H PRN PAIN/FEVER
   14:20 Given 650 mg - HA 4/10 (KMR)
MELATONIN 3 MG PO QHS PRN SLEEP
   22:10 Given (DJT)
SODIUM CHLORIDE 0.9% FLUSH 10 ML IV Q8H + PRN
   06:00, 10:02, 10:36, 14:00, 22:00 Given

Nurse initials: KMR = Kayla M. Reese RN (07-19); DJT = Darnell J. Tate RN (19-07)
RT = respiratory therapy (see RT flowsheet)
"""

PROGRESS = """
HOSPITAL MEDICINE PROGRESS NOTE - HOSPITAL DAY 3
QUIST, HAROLD P   MRN 00814472   DOS 11/10/2025

S: Slept better. Cough still productive but sputum lighter, now yellow-white. Able to
walk to bathroom without stopping. Received his weekly alpha-1 infusion this morning on
the floor, no headache/flushing/chest tightness during or after. Mild HA after lunch,
resolved with APAP.

O:
Vitals 06:00  T 36.8  HR 96  BP 142/84  RR 20  SpO2 93% 2 L
Vitals 12:00  T 36.9  HR 90  BP 136/80  RR 18  SpO2 94% 2 L
Vitals 16:00  T 37.0  HR 88  BP 130/78  RR 18  SpO2 92% 1.5 L
I/O 24h: 1,860 / 2,250 mL.   Wt 78.2 kg this AM (79.1 kg on admission)
Gen: NAD, full sentences. Lungs: scattered exp wheeze, improved air movement.
CV: RRR. Ext: no edema.
Labs: WBC 15.2 (steroids), Hgb 15.1, Cr 0.88, K 4.4, Gluc 211. CRP 18 mg/L (41).

A/P:
67M AATD (PI*ZZ) with panlobular emphysema/COPD admitted with AECOPD, improving.
1. AECOPD - day 3 steroids/azithro. Transition to prednisone 40 mg PO tomorrow if
   stable. Wean O2 to baseline (RA daytime, 2 L night). Ambulatory sat check.
2. AATD on augmentation - weekly Prolastin-C Liquid 4,500 mg given today 10:12-10:34,
   tolerated. He has been on augmentation since 2019; per his pulmonologist's notes
   his lung function has been stable on therapy (FEV1 1.21 L 2023 -> 1.19 L 06/2025)
   and this is his first exacerbation requiring admission in over 2 years. Next dose
   due 11/17 at home - confirm with Optum Infusion prior to discharge.
3. Steroid hyperglycemia - increase SSI to moderate scale.
4. HTN/HLD - home meds.
5. PT/OT eval - recommends home with wife, no DME needs.
Dispo: anticipate discharge 11/12 if ambulatory SpO2 >=88% on RA.

Renata Solis, MD   11/10/2025 15:52
"""

DC_SUMMARY = """
DISCHARGE SUMMARY
Patient: Quist, Harold P    MRN 00814472    Age/Sex: 67 M
Admitted: 11/08/2025    Discharged: 11/12/2025 13:15    LOS: 4 days
Attending: Renata Solis, MD      Disposition: Home with spouse

PRINCIPAL DIAGNOSIS: Acute exacerbation of COPD (J44.1)
SECONDARY: Alpha-1 antitrypsin deficiency (E88.01); panlobular emphysema (J43.1);
chronic hypoxic respiratory failure (J96.11, nocturnal O2); steroid-induced
hyperglycemia; essential HTN; hyperlipidemia.

HOSPITAL COURSE: Treated with IV methylprednisolone -> PO prednisone, azithromycin x5
days total, scheduled nebs. O2 weaned to RA at rest (SpO2 90-92%), 2 L with ambulation
(nadir 87% RA on 6-min walk 11/11). Weekly alpha-1 augmentation (Prolastin-C Liquid)
was administered inpatient on 11/10 so that his weekly schedule was not interrupted;
no infusion reaction. Glucose managed with sliding scale; discharged off insulin.

DISCHARGE WEIGHT: 77.9 kg

DISCHARGE MEDICATIONS
NEW:
- Prednisone 40 mg PO daily x 3 days, then 20 mg daily x 3 days, then stop
- Azithromycin 250 mg PO daily x 1 more day (last dose 11/13)
CONTINUE:
- Prolastin-C Liquid 4,500 mg IV once weekly via Optum home infusion - next dose
  due Monday 11/17/2025
- Trelegy Ellipta 100-62.5-25 mcg 1 inhalation daily (resume)
- Albuterol HFA 90 mcg 2 puffs q4h PRN
- Amlodipine 5 mg PO daily
- Atorvastatin 40 mg PO nightly
- Calcium carbonate-vitamin D 600 mg-800 IU PO BID
- Home O2 2 L NC with exertion and at night (new: with exertion)
STOPPED: none

FOLLOW-UP
- Pulmonology, Dr. Imani Graves, 1-2 weeks (pt to call; referral sent)
- PCP Dr. Omura in 1 week: BMP, glucose check
- Pulmonary rehab referral placed (Phase II)

Return precautions reviewed. Pt verbalized understanding via teach-back.
Renata Solis, MD   electronically signed 11/12/2025 14:05
"""

CHART = {
    "chart_id": "b7-001",
    "date_of_service": "2025-11-10",
    "payer": {"profile": "medicare", "name": "Wellcare Medicare Advantage HMO"},
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-11-08", "text": H_AND_P},
        {"id": "d2", "type": "infusion_record", "date": "2025-11-10", "text": MAR},
        {"id": "d3", "type": "progress_note", "date": "2025-11-10", "text": PROGRESS},
        {"id": "d4", "type": "other", "date": "2025-11-12", "text": DC_SUMMARY},
    ],
}

GOLD = {
    "chart_id": "b7-001",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "not_applicable",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "not_applicable",
        "code_selection": "not_applicable",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 24, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 38},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 79.1, "unit": "kg", "value_kg": 79.1},
        {"kind": "weight", "value": 78.2, "unit": "kg", "value_kg": 78.2},
        {"kind": "weight", "value": 77.9, "unit": "kg", "value_kg": 77.9},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
        {"kind": "dose", "value": 4500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P4K1187"},
        {"kind": "lot_number", "value": "P0H3320"},
        {"kind": "expiration_date", "value": "2026-08-31"},
        {"kind": "expiration_date", "value": "2026-05"},
        {"kind": "infusion_start", "value": "10:12"},
        {"kind": "infusion_end", "value": "10:34"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Inpatient stay 11/08-11/12/2025; DOS = 11/10 (day the A1PI was given from inpatient pharmacy). "
        "No claim_lines on the chart -> units_match_dose and code_selection not_applicable; wastage_documented "
        "met because the MAR states 'Both vials infused in full - no waste' (wastage 0). "
        "Weight nearest DOS = 78.2 kg (MAR daily weight 11/10 05:40); 79.1 kg is the admission/ED weight "
        "(used in the pharmacy order) and 77.9 kg the discharge weight; all three are the patient's weights. "
        "60 x 78.2 = 4692 mg, tolerance 469.2 -> 4222.8..5161.2; dose 4500 mg -> met. "
        "Traps: order calculation 4,746 mg; vial sizes 4,000 mg/500 mg; 90 mL volume; dozen other MAR drugs "
        "(methylprednisolone 40 mg, azithromycin 500 mg, enoxaparin 40 mg, insulin units, APAP 650 mg at 14:20); "
        "pharmacist verification 08:47, barcode scan 10:04, vitals 10:00/10:20/10:40, flushes 10:02/10:36, "
        "discharge 13:15; discharge med list 'Prolastin-C Liquid 4,500 mg weekly - next dose 11/17' is a plan; "
        "ED methylprednisolone 125 mg; brother PI*ZZ and daughter PI*MZ are family (no finding). "
        "Two vials with two lots and two expirations (2026-08-31, 2026-05 -> 2026-05-31), both after DOS. "
        "Response: H&P/progress note state lung function stable on augmentation since 2019 (progress note d3). "
        "FEV1 38% predicted (06/2025) is a finding; fev1_range not evaluated for medicare."
    ),
}
