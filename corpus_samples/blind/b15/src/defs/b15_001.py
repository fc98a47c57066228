from _h import F, W, reqs

D1 = """Meridian Health System                                        Printed 11/18/2025 1031 by ODUYAK
INFUSION VISIT SUMMARY

BRANDT, HAROLD J            MRN: 004418273        DOB: 2/14/1956 (69 y.o.)      Sex: M
Visit date: 11/18/2025      Dept: MERIDIAN INFUSION CENTER 2W (Chair 11)
Visit provider: Naomi Feld, MD (Pulmonary Disease)     PCP: Alan Whitsett, DO
Visit type: INFUSION - WEEKLY BIOLOGIC      CSN: 71920448831
Arrival: 0854        Rooming: 0901        Discharge: 1014
Coverage: MEDICARE PART B / AARP MEDICARE SUPPLEMENT PLAN G

Visit Diagnoses
  Alpha-1-antitrypsin deficiency (CMS-HCC)  [E88.01]
  Panlobular emphysema (CMS-HCC)  [J43.1]
  Chronic respiratory failure with hypoxia (CMS-HCC)  [J96.11]

Allergies (reviewed 11/18/2025 0903)
  Codeine - Nausea And Vomiting (Low)
  Adhesive tape - Skin irritation

Treatment Plan: ALPHA-1 PROTEINASE INHIBITOR WEEKLY (ZEMAIRA)  Cycle 1, Day 624
  Order: alpha1-proteinase inhibitor (human) 60 mg/kg IV every 7 days
  Order-specific dosing weight: 82 kg       Calculated dose: 4,920 mg
  Dispense note (pharmacy): round to nearest whole vials; enter actual potency from vial labels

------------------------------------------------------------------------------------------------
Medications Administered
------------------------------------------------------------------------------------------------
acetaminophen (TYLENOL) tablet 650 mg
  Action          Dose        Rate           Route     Time              Performed by
  Given           650 mg      --             Oral      11/18/25 0912     Kemi Oduya, RN

diphenhydramine (BENADRYL) injection 25 mg
  Action          Dose        Rate           Route     Time              Performed by
  Given           25 mg       --             IV Push   11/18/25 0918     Kemi Oduya, RN

alpha1-proteinase inhibitor (human) (ZEMAIRA) IV infusion
  Action          Dose        Rate           Route     Time              Performed by
  New Bag         4,986 mg    6.6 mL/min     IV        11/18/25 0931     Kemi Oduya, RN
  Stopped         --          --             IV        11/18/25 0947     Kemi Oduya, RN
  Admin comment (Kemi Oduya, RN 11/18/25 0949):
    Vial 1: Zemaira 4 g kit, actual potency 3,982 mg, Lot P100A41582, Exp 03/31/2027.
    Vial 2: Zemaira 1 g, actual potency 1,004 mg, Lot P100A39817, Exp 10/31/2026.
    Both vials reconstituted with supplied diluent (76 mL + 20 mL), pooled, entire contents
    infused. No waste. Dual verification of dose with R. Stamper, RN at 0926.

sodium chloride 0.9 % flush 10 mL
  Action          Dose        Rate           Route     Time              Performed by
  Given           10 mL       --             IV        11/18/25 0948     Kemi Oduya, RN

EPINEPHrine (EPIPEN) 0.3 mg/0.3 mL auto-injector - PRN anaphylaxis
  Action          Dose        Rate           Route     Time              Performed by
  Not Given (not indicated)                           11/18/25 1005     Kemi Oduya, RN

------------------------------------------------------------------------------------------------
Flowsheet Rows                   11/18/25 0902    11/18/25 0930   11/18/25 0940   11/18/25 1001
------------------------------------------------------------------------------------------------
BP                               132/78           128/76          130/74          134/80
Pulse                            78               74              76              80
Resp                             18               18              18              16
Temp                             36.7 °C (98.1 °F) --             --              36.8 °C (98.2 °F)
SpO2                             94 %             95 %            95 %            94 %
O2 Device                        Nasal cannula    Nasal cannula   Nasal cannula   Nasal cannula
O2 Flow Rate (L/min)             2 L/min          2 L/min         2 L/min         2 L/min
Weight                           82 kg (180 lb 12.5 oz)
Height                           177.8 cm (5' 10")
BMI (Calculated)                 25.94
Pain Score                       0                --              --              0
Infusion Reaction Screen         None             None            None            None
Patient Education Learner        Patient; spouse (Carol)

------------------------------------------------------------------------------------------------
Lines / Drains / Airways
------------------------------------------------------------------------------------------------
Peripheral IV 11/18/25 Right;Anterior Forearm 22 G                          Active Days: 0
  Placement Date/Time: 11/18/25 0910       Inserted by: Kemi Oduya, RN
  Site Assessment: Clean;Dry;Intact        Phlebitis Assessment: 0
  Line Status: Flushed;Blood return noted  Dressing: Transparent
  Removal Date/Time: 11/18/25 1005         Removal Reason: Therapy completed
  Catheter tip intact: Yes
Airway (home oxygen) - Nasal cannula 2 L/min continuous, patient's own portable concentrator;
  no change this visit

------------------------------------------------------------------------------------------------
Nursing Note (Kemi Oduya, RN, 11/18/25 1009)
------------------------------------------------------------------------------------------------
Pt arrived ambulatory with spouse, on 2 L NC. Denies fever, new cough, increased sputum or
recent antibiotics. Last Zemaira 11/11/25 without reaction. Premeds per standing order. PIV
placed x1 attempt. Tolerated Zemaira infusion well, no flushing, urticaria or dyspnea. VS stable
throughout. PIV d/c'd, site without hematoma. Discharged home ambulatory at 1014 in stable
condition with spouse.

------------------------------------------------------------------------------------------------
Patient Instructions
------------------------------------------------------------------------------------------------
Your next infusion: Tuesday 11/25/2025 at 9:00 AM, Meridian Infusion Center 2W.
Your next dose will again be based on your weight (about 4,900 mg).
About your treatment: Alpha-1 antitrypsin deficiency is an inherited condition in which the
body makes too little of a protein that protects the lungs. Over time this can cause emphysema.
Weekly augmentation raises the level of this protein in your blood.
Call 555-0148 or go to the nearest emergency department if you develop hives, swelling of the
lips or tongue, wheezing or trouble breathing after you get home.
Keep using your Stiolto inhaler every day and your oxygen as prescribed.

Electronically signed by Kemi Oduya, RN on 11/18/2025 at 1012
"""

D2 = """NORTHRIDGE PULMONARY FUNCTION LABORATORY        SentrySuite report  |  Lab ID PFL-2025-07712
-----------------------------------------------------------------------------------------------
Name   BRANDT, HAROLD J               ID 004418273         Test date 09/30/2025  08:42
DOB    02/14/1956   Age 69 y          Sex Male             Referring  N. Feld, MD
Height 177.8 cm     Weight 81.5 kg    BMI 25.8             Technician D. Saucedo, RPFT
Ref. equations: GLI-2012 (spirometry), GLI-2021 (lung volumes), GLI-2017 (TLCO); race-neutral
Bronchodilator: albuterol 400 mcg MDI via spacer at 09:05; post-BD testing at 09:22
Barometric pressure 744 mmHg   Room temp 22.1 C   Hb for DLCO correction 13.9 g/dL (09/29/2025)
-----------------------------------------------------------------------------------------------

SPIROMETRY
                        ------------- PRE-BD ---------------   ------------- POST-BD --------------
Parameter   Unit    Actual   Pred  %Pred    LLN  Z-score   Actual   Pred  %Pred    LLN  Z-score   %Chg
FVC         L         3.41   4.38     78   3.46    -1.76     3.58   4.38     82   3.46    -1.38     +5
FEV1        L         1.27   3.27     39   2.55    -4.02     1.36   3.27     42   2.55    -3.86     +7
FEV1/FVC    %         37.2   75.0     50   64.1    -4.61     38.0   75.0     51   64.1    -4.55
FEF25-75    L/s       0.38   2.59     15   1.34    -3.98     0.42   2.59     16   1.34    -3.91    +11
PEF         L/s       4.21   8.43     50   6.25    -2.78     4.48   8.43     53   6.25    -2.61     +6
FET         s         11.8                                    12.4
Back-extrap vol mL      92                                      88

LUNG VOLUMES (body plethysmography)
Parameter   Unit    Actual   Pred  %Pred    LLN  Z-score
TLC         L         8.02   6.94    116   5.74    +1.13
VC          L         3.52   4.45     79   3.50    -1.67
FRC pleth   L         5.93   3.61    164   2.55    +3.02
RV          L         4.47   2.49    180   1.77    +3.34
RV/TLC      %           56     37    151     29    +2.85
ERV         L         1.46   0.97    151   0.37    +1.18

DIFFUSING CAPACITY (single breath)
Parameter        Unit              Actual   Pred  %Pred    LLN  Z-score
DLCO             mL/min/mmHg         11.4   27.9     41   21.1    -3.97
DLCO (Hb corr)   mL/min/mmHg         11.6   27.9     42   21.1    -3.91
VA               L                   5.96   6.71     89   5.62    -0.93
KCO (DLCO/VA)    mL/min/mmHg/L       1.91   4.16     46   3.18    -3.88
Inspired VC      L                   3.44

QUALITY
Spirometry: 3 acceptable maneuvers pre and post, repeatable within 110 mL (FVC) and 80 mL (FEV1);
ATS/ERS 2019 grade A.  DLCO: 2 acceptable maneuvers within 0.6 units; breath-hold 10.1 s.
Patient on 2 L/min O2 at home; O2 removed 10 min before DLCO per protocol; SpO2 nadir 89 %.

INTERPRETATION
1. Severe obstructive ventilatory defect (FEV1/FVC below LLN; FEV1 39 % predicted, z -4.02).
2. No significant bronchodilator response (FEV1 +90 mL, +7 %; does not meet ATS/ERS criterion).
3. Marked hyperinflation (TLC 116 %) and air trapping (RV 180 %, RV/TLC 56 %).
4. Severely reduced DLCO (41 %) and KCO.
5. The combination of airflow obstruction, hyperinflation and reduced gas transfer is
   consistent with the patient's known emphysema.
Comparison with 10/08/2024: FEV1 1.31 L (40 % predicted) -> 1.27 L today (-40 mL in 12 months);
DLCO 12.2 -> 11.4.

Interpreted by: Naomi Feld, MD   10/01/2025 07:55
"""

D3 = """MERIDIAN PULMONARY & CRITICAL CARE - OUTPATIENT PROGRESS NOTE
Patient: Harold J. Brandt     DOB 02/14/1956     MRN 004418273
Date of visit: 10/28/2025     Provider: Naomi Feld, MD     Visit type: Established, 25 min

CHIEF COMPLAINT: Follow-up alpha-1 antitrypsin deficiency / emphysema; review of PFTs

HISTORY OF PRESENT ILLNESS
69-year-old man with severe alpha-1 antitrypsin deficiency (PI*ZZ, serum AAT 31 mg/dL by
nephelometry at diagnosis in 03/2014) and panlobular emphysema, lower-lobe predominant on CT,
on chronic hypoxemic respiratory failure with 2 L/min continuous O2. He started augmentation
with Prolastin-C in 05/2014 and was switched to Zemaira in 08/2016 when the home infusion
company changed contracts; since 2023 he has received Zemaira weekly at our infusion center.

Since his last visit in April he reports stable exertional dyspnea (mMRC 2). He walks his dog
twice a day on oxygen, about 20 minutes. One exacerbation in the past 12 months (02/2025,
treated as outpatient with prednisone 40 mg x 5 days and doxycycline 100 mg BID x 7 days),
compared with three a year before augmentation. No hospitalizations. No hemoptysis. Denies
infusion reactions apart from mild headache that resolves with acetaminophen premedication.

PFTs 09/30/2025 reviewed with him: FEV1 1.27 L (39 % predicted), essentially unchanged from
10/2024 (1.31 L); DLCO 41 %. Rate of FEV1 decline over the last 5 years about 30 mL/year,
which is slower than the ~60-70 mL/year he was losing before augmentation.

PAST MEDICAL HISTORY: AATD with emphysema as above; hypertension; hyperlipidemia; BPH;
osteopenia (on calcium/vitamin D); cataract surgery OU 2021. No known liver disease; liver
elastography 2023 5.8 kPa.

MEDICATIONS
- Zemaira (alpha1-proteinase inhibitor) 60 mg/kg IV weekly at infusion center
- Stiolto Respimat 2.5-2.5 mcg/actuation, 2 inhalations once daily
- albuterol HFA 90 mcg/actuation, 2 puffs every 4 h as needed
- lisinopril 10 mg daily; atorvastatin 20 mg nightly; tamsulosin 0.4 mg nightly
- calcium carbonate-vitamin D3 600 mg-800 unit daily
- home oxygen 2 L/min continuous via concentrator

SOCIAL HISTORY: Former smoker, about 35 pack-years, quit 2009. No vaping. Rare alcohol.
Retired machinist. Lives with wife Carol.
FAMILY HISTORY: Brother (age 66) PI*MZ, AAT 92 mg/dL, no lung disease. Mother died of
"emphysema" at 61, never tested. Daughter not yet tested; genetic counseling offered.

VITALS: BP 128/74  HR 80  RR 18  SpO2 93 % on 2 L  Wt 81.2 kg  Ht 177.8 cm
EXAM: Thin, no distress at rest on NC. Decreased breath sounds bilaterally, prolonged
expiration, no wheezes or crackles. No clubbing, no edema. Abdomen soft, no hepatomegaly.

ASSESSMENT AND PLAN
1. Alpha-1 antitrypsin deficiency, PI*ZZ, with panlobular emphysema (E88.01, J43.1).
   Responding to augmentation: FEV1 stable over the past year, exacerbation frequency down
   from 3/year to 1/year, tolerating weekly Zemaira without reactions. Continue Zemaira
   60 mg/kg IV weekly; weight today 81.2 kg, infusion center to reweigh each visit.
   If FEV1 falls below 35 % or he needs >3 L O2 at rest, will discuss lung transplant
   referral.
2. Chronic hypoxemic respiratory failure: continue 2 L/min; 6MWT at next visit.
3. Health maintenance: influenza vaccine given at PCP 10/02/2025; RSV vaccine 2024; PCV20 2023.
4. Family: recommend testing of daughter; brother is a carrier only.

Return in 6 months with spirometry.

Naomi Feld, MD - Pulmonary Disease - electronically signed 10/28/2025 16:10
"""

CHART = {
    "chart_id": "b15-001",
    "date_of_service": "2025-11-18",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 499, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "96374", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-11-18", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2025-09-30", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-10-28", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b15-001",
    "profile": "medicare",
    "requirements": reqs(
        "medicare",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="met",
        response_to_therapy="met", prior_authorization="not_applicable",
        code_selection="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d1", "Alpha-1-antitrypsin deficiency (CMS-HCC)  [E88.01]")),
        F("genotype", ("d3", "PI*ZZ, serum AAT 31 mg/dL"), alleles=["Z", "Z"]),
        F("serum_aat", ("d3", "serum AAT 31 mg/dL"), value=31, unit="mg/dL"),
        F("lung_disease", ("d1", "Panlobular emphysema (CMS-HCC)  [J43.1]"), value="emphysema"),
        F("lung_disease", ("d2", "Severe obstructive ventilatory defect"), value="airflow_obstruction"),
        W(("d1", "82 kg (180 lb 12.5 oz)"), 82, "kg"),
        W(("d2", "Weight 81.5 kg"), 81.5, "kg"),
        W(("d3", "Wt 81.2 kg"), 81.2, "kg"),
        F("dose", ("d1", "New Bag         4,986 mg"), value=4986),
        F("wastage", ("d1", "No waste."), value=0),
        F("lot_number", ("d1", "Lot P100A41582"), value="P100A41582"),
        F("lot_number", ("d1", "Lot P100A39817"), value="P100A39817"),
        F("expiration_date", ("d1", "Exp 03/31/2027"), value="2027-03-31"),
        F("expiration_date", ("d1", "Exp 10/31/2026"), value="2026-10-31"),
        F("infusion_start", ("d1", "IV        11/18/25 0931"), value="09:31"),
        F("infusion_end", ("d1", "IV        11/18/25 0947"), value="09:47"),
        F("fev1", ("d2", "FEV1 39 % predicted"), value=39),
        F("fev1", ("d2", "1.36   3.27     42"), value=42),
        F("fev1", ("d2", "FEV1 1.31 L (40 % predicted)"), value=40),
        F("response_to_therapy", ("d3", "Responding to augmentation: FEV1 stable over the past year")),
        F("smoking_status", ("d3", "Former smoker, about 35 pack-years, quit 2009"), value="former"),
        F("drug_product", ("d1", "(ZEMAIRA) IV infusion"), value="Zemaira"),
        F("drug_product", ("d3", "augmentation\nwith Prolastin-C in 05/2014"), value="Prolastin-C"),
    ],
    "notes": (
        "Complete. Epic infusion-visit printout (MAR New Bag 0931 / Stopped 0947, 24-h without colon). "
        "Traps: order-specific calculated dose 4,920 mg and 'about 4,900 mg' next dose in patient "
        "instructions; vial actual potencies 3,982 + 1,004 mg (sum 4,986 = dose); acetaminophen, "
        "diphenhydramine, flush, PRN epinephrine 'Not Given'; arrival 0854, PIV 0910/1005, dual "
        "verification 0926, discharge 1014; patient-education sentence on AATD causing emphysema; "
        "PFT %Pred columns for FVC/PEF/DLCO etc. (only FEV1 %Pred are fev1 findings: 39 pre, 42 post, "
        "40 in 2024); brother PI*MZ 92 mg/dL and mother's 'emphysema' are family; hypothetical "
        "transplant threshold FEV1 35 %. Historical product Prolastin-C (also J0256)."
    ),
}

ARITH = {
    "weight_kg": 82.0, "weight_source": "d1 flowsheet 11/18/25 0902 (DOS)",
    "product": "Zemaira", "code": "J0256", "billing_unit_mg": 10,
    "dose_mg": 4986, "vials": "4 g kit actual 3,982 mg + 1 g actual 1,004 mg = 4,986 mg, pooled",
    "waste_mg": 0, "billed_admin_units": 499, "billed_jw_units": 0,
    "modifier_expected": "JZ", "modifier_billed": "JZ",
    "lots": [{"lot": "P100A41582", "exp": "2027-03-31"}, {"lot": "P100A39817", "exp": "2026-10-31"}],
    "start": "09:31", "end": "09:47",
}
