from _h import F, W, reqs

D1 = """Pine Hollow Family Medicine
412 Orchard Rd, Hershey, PA 17033   Tel 717-555-0120   Fax 717-555-0121

Nordstrom, Beverly A                         DOB: 04/11/1958   Age: 67 Y   Sex: Female
Date: 10/21/2025                             Account Number: 61552
Provider: Keith Abernathy, MD                Insurance: Medicare B / Mutual of Omaha Plan G
Appointment Facility: Pine Hollow Family Medicine   Visit type: Office Visit (est), 30 min

Subjective:
Chief Complaint(s):
  * COPD follow-up
  * Review alpha-1 test results
  * Flu shot / pneumonia shot

HPI:
  67 y/o F with COPD (dx 2016), former smoker, here for 6-mo f/u. Breathing "better than
  last winter" since switch to Breztri in 04/2025. No exacerbations since 01/2025 (that one
  treated with prednisone 40 mg x5d + doxycycline 100 mg BID x7d). Walks 15 min daily w/
  husband. Uses albuterol 1-2x/wk. CPAP nightly for OSA, good adherence per download.
  Her brother Carl (71) was diagnosed with alpha-1 antitrypsin deficiency (PiZZ) last year
  and gets weekly Prolastin infusions at Hershey Med; his pulmonologist advised all siblings
  be tested, so we drew AAT level + phenotype on 10/08/2025. She wants to know whether she
  "needs the infusions too".

Current Medication:
  Taking
  * Breztri Aerosphere 160-9-4.8 MCG/ACT Aerosol 2 puffs twice a day
  * Albuterol Sulfate HFA 108 (90 Base) MCG/ACT Aerosol 2 puffs q4h PRN
  * Amlodipine Besylate 5 MG Tablet 1 tab daily
  * Losartan Potassium 50 MG Tablet 1 tab daily
  * Metformin HCl ER 500 MG Tablet ER 24hr 2 tabs with supper
  * Atorvastatin Calcium 40 MG Tablet 1 tab at bedtime
  * Levothyroxine Sodium 75 MCG Tablet 1 tab daily before breakfast
  * Meloxicam 7.5 MG Tablet 1 tab daily PRN knee pain
  * Vitamin D3 25 MCG (1000 UT) Capsule 1 cap daily
  Discontinued
  * Prolastin-C Liquid 1000 MG/20ML Solution (imported from external Rx history
    10/21/2025) - ENTERED IN ERROR: not the patient's medication; pt confirms this is her
    brother's (same last name/address at shared mail-order pharmacy). Removed.
  * Trelegy Ellipta 100-62.5-25 MCG/INH - stopped 04/2025, changed to Breztri (formulary)

Medical History: COPD; Hypertension; Type 2 diabetes mellitus (A1c 6.8 % 08/2025);
  Hyperlipidemia; Obstructive sleep apnea on CPAP; Hypothyroidism; OA bilateral knees;
  Obesity, class I (resolved - BMI now <30).
Allergies/Intolerance: Lisinopril - cough.
Surgical History: R TKA 2020; total hysterectomy 1998; cataract OS 2023.
Family History: Brother: alpha-1 antitrypsin deficiency (PiZZ), on augmentation. Mother:
  COPD, deceased age 78. Father: MI age 66. Sister (64): AAT test pending (PCP in Ohio).
Social History: Former smoker - quit 2015, ~40 pack-years. No vaping. Alcohol: rare wine.
  Retired bank teller. Lives with husband.
Hospitalization/Major Diagnostic Procedure: COPD exacerbation admission 12/2019.

ROS:
  Constitutional: no fever, no weight loss. Resp: chronic DOE, occasional morning cough with
  clear sputum; no hemoptysis. CV: no CP, no edema. GI: no jaundice, no melena.
  Skin: no rashes or painful nodules.

Objective:
Vitals: Temp 97.8 F, BP 132/78, HR 76, RR 16, Ht 64 in, Wt 164 lbs, BMI 28.1,
  SpO2 95 % RA.  Time: 02:18 PM.
Examination:
  General: pleasant, NAD.  Lungs: mildly prolonged expiration, scattered faint wheeze
  bilaterally, no crackles.  Heart: RRR.  Ext: no edema.  Abd: soft, no HSM.

Past Orders / Results:
  10/08/2025 Alpha-1-antitrypsin, serum: 138 mg/dL (ref 100-190)
  10/08/2025 Alpha-1-antitrypsin phenotype: MM (normal)
  10/21/2025 Spirometry (in office, post-BD): FEV1 1.52 L (62 % pred), FVC 2.49 L (80 %),
    FEV1/FVC 0.61 - moderate airflow obstruction, similar to 2024 (FEV1 1.55 L).

Assessment:
  1. Chronic obstructive pulmonary disease, unspecified - J44.9 (Primary)
  2. Alpha-1 antitrypsin screening - normal level and MM phenotype: no deficiency.
     Z13.89 encounter for screening
  3. Essential hypertension - I10
  4. Type 2 diabetes mellitus without complications - E11.9
  5. OSA on CPAP - G47.33
  6. Need for vaccination - Z23

Plan:
  1. COPD: continue Breztri + PRN albuterol; action plan updated; pulmonary rehab offered,
     declined for now. Spirometry stable.
  2. AAT: explained her level is normal and she has two normal (M) genes; she does NOT
     have alpha-1 antitrypsin deficiency and augmentation (the weekly infusions her brother
     gets, 60 mg/kg) would not help her. Her COPD is from smoking. No further AAT testing
     needed. Her children do not need testing on her account. If she had been ZZ or SZ, we
     would have referred her to pulmonary for evaluation.
  3. HTN: at goal. Continue amlodipine/losartan.
  4. DM2: A1c 6.8; continue metformin. Eye exam due.
  5. Vaccines today: high-dose flu + pneumococcal conjugate (PCV21) - see nurse addendum.
  6. Med rec: removed Prolastin-C entry imported from external history (brother's).
Procedure Codes:
  99214, 94010 Spirometry, 90662 Flu vacc HD, 90684 PCV21, G0008, G0009
Follow Up: 6 Months

Electronically signed by Keith Abernathy, MD on 10/21/2025 at 03:02 PM
Sign off status: Completed
"""

D2 = """Pine Hollow Family Medicine
Nordstrom, Beverly A   DOB: 04/11/1958   Account Number: 61552
Encounter Date: 10/21/2025   Provider: Keith Abernathy, MD

Addendum by: Rochelle Baum, LPN on 10/21/2025 at 05:47 PM

Immunization administration (late entry, vaccines given at end of visit):

1) Influenza, high-dose, trivalent (Fluzone High-Dose) 2025-2026
   Dose: 0.5 mL   Route: IM   Site: L deltoid
   Manufacturer: Sanofi Pasteur   Lot: UT8472LA   Exp: 06/30/2026
   NDC: 49281-0125-65   VIS given: 08/06/2021 edition   Time given: 03:21 PM
2) Pneumococcal 21-valent conjugate (CAPVAXIVE)
   Dose: 0.5 mL   Route: IM   Site: R deltoid
   Manufacturer: Merck   Lot: Z004118   Exp: 02/28/2027
   NDC: 0006-4400-01   VIS given: 05/12/2023   Time given: 03:23 PM

Pre-vaccine screening: no fever today, no prior reaction to vaccines, no latex allergy.
Pt observed 15 min in office after vaccines (03:23-03:38 PM), no reaction. Both vaccines
reported to PA-SIIS registry 05:40 PM.

Wasted: none (single-dose prefilled syringes, full dose given).

Also per Dr. Abernathy: patient given printed results of her alpha-1 test (normal) and
copy mailed to her brother's pulmonologist at her request (release signed).

Spirometry performed by this nurse 02:35-02:52 PM: 3 acceptable efforts pre, 3 post after
albuterol 4 puffs via spacer (02:40 PM). Results entered under Results - see provider note.

Next: recall 6 months. Diabetic eye exam referral faxed to Hershey Eye 05:44 PM.

Rochelle Baum, LPN   10/21/2025 05:47 PM
"""

D3 = """CAPITAL REGION LABORATORY SERVICES          Report Status: FINAL
PATIENT: NORDSTROM, BEVERLY A     DOB: 04/11/1958   SEX: F   AGE: 67
ORDERING: ABERNATHY, KEITH MD  (Pine Hollow Family Medicine)
SPECIMEN ID: CR5281-06611    COLLECTED: 10/08/2025 08:14    RECEIVED: 10/08/2025 13:02
REPORTED: 10/14/2025 17:41

TEST NAME                                   RESULT      FLAG   REF RANGE      UNITS
ALPHA-1-ANTITRYPSIN                         138                100-190        mg/dL
    Method: immunoturbidimetric
C-REACTIVE PROTEIN                          2.4                <8.0           mg/L
ALPHA-1-ANTITRYPSIN PHENOTYPE               MM                 MM
    Method: isoelectric focusing

INTERPRETATION:
  Phenotype MM: two normal M alleles identified. No S or Z protein detected. Result and
  quantitative level are consistent with a normal alpha-1-antitrypsin status.
  Note: phenotyping by IEF does not detect null alleles; in the presence of a normal serum
  level this is of no practical consequence.

REFERENCE INFORMATION (not patient results):
  Typical AAT by phenotype: MM 100-190 mg/dL; MZ 60-120 mg/dL; SZ 45-80 mg/dL;
  ZZ 10-45 mg/dL. A level below 57 mg/dL (about 11 umol/L) defines severe deficiency.

HEMOGLOBIN A1c (collected same draw)        6.8         H      4.0-5.6        %
TSH                                         2.11               0.45-4.50      uIU/mL

Performing site: Capital Region Laboratory Services, 100 Industrial Dr, Harrisburg PA
Medical Director: S. Varga, MD     CLIA 39D0944120
"""

CHART = {
    "chart_id": "b15-007",
    "date_of_service": "2025-10-21",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "99214", "units": 1, "modifiers": ["25"]},
        {"hcpcs": "94010", "units": 1, "modifiers": []},
        {"hcpcs": "90662", "units": 1, "modifiers": []},
        {"hcpcs": "90684", "units": 1, "modifiers": []},
        {"hcpcs": "G0008", "units": 1, "modifiers": []},
        {"hcpcs": "G0009", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-10-21", "text": D1},
        {"id": "d2", "type": "other", "date": "2025-10-21", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2025-10-14", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b15-007",
    "profile": "medicare",
    "requirements": reqs(
        "medicare",
        aatd_diagnosis="missing", genotype="conflict", serum_aat_level="conflict",
        lung_disease_evidence="met", patient_weight="met", dose_administered="missing",
        dose_matches_weight="missing", units_match_dose="not_applicable",
        wastage_documented="missing", lot_number="missing", expiration_date="missing",
        infusion_times="missing", response_to_therapy="missing",
        prior_authorization="not_applicable", code_selection="not_applicable",
    ),
    "findings": [
        F("genotype", ("d3", "ALPHA-1-ANTITRYPSIN PHENOTYPE               MM "), alleles=["M", "M"]),
        F("serum_aat", ("d3", "ALPHA-1-ANTITRYPSIN                         138"), value=138, unit="mg/dL"),
        F("lung_disease", ("d1", "Chronic obstructive pulmonary disease, unspecified - J44.9"), value="copd"),
        F("lung_disease", ("d1", "moderate airflow obstruction"), value="airflow_obstruction"),
        W(("d1", "Wt 164 lbs"), 164, "lb"),
        F("fev1", ("d1", "FEV1 1.52 L (62 % pred)"), value=62),
        F("smoking_status", ("d1", "Former smoker - quit 2015"), value="former"),
    ],
    "notes": (
        "NEGATIVE CONTROL (not about A1PI therapy): primary-care COPD visit in eClinicalWorks layout "
        "with an LPN addendum signed later the same day documenting two vaccines. AAT 138 mg/dL and "
        "phenotype MM -> genotype and serum conflict, no AATD diagnosis ('no deficiency'). Claim has "
        "only E/M, spirometry and vaccine lines (no drug lines) -> units and code selection "
        "not_applicable. Traps: Prolastin-C Liquid in the med list imported from external Rx history "
        "and marked ENTERED IN ERROR (brother's drug; no drug_product finding); brother PiZZ on "
        "Prolastin (family); hypothetical 'if she had been ZZ or SZ' and 60 mg/kg mention; vaccine "
        "lots/expiries/times and 'Wasted: none' belong to vaccines, not A1PI (no lot, expiration, "
        "wastage findings); spirometry 02:35-02:52 PM; lab 'reference information' table with "
        "ZZ/SZ ranges and the 57 mg/dL threshold; response to Breztri is not a response to "
        "augmentation; sister's AAT pending."
    ),
}

ARITH = {
    "negative_control": True,
    "note": "no A1PI administered; weight 164 lb = 74.4 kg recorded; no drug claim lines",
    "weight_kg": None,
}
