from _lib import F, W, reqs, gold

D1 = """RIVERBEND HEALTH - OUTPATIENT INFUSION SERVICES            FLOWSHEET REPORT
Patient: OKAFOR-BRANDT, LYDIA M      MRN 77120453      DOB 06/14/1961      Sex F
Flowsheet group: ALPHA-1 PI INFUSION (ADULT)           Report range: 10/29/2025 - 11/19/2025
Location: RB Infusion, Chair 4                          Printed 11/19/2025 15:22 by KETTERING, SHAUNA RN
Note: cells left blank were not documented.  "--" = not applicable at that time.

VITALS / MEASUREMENTS
Date        Time    Wt (kg)   Temp (C)   BP (mmHg)   HR (/min)   RR (/min)   SpO2 (%)   O2 (L/min)
10/29/2025  09:52   67.3      36.6       128/74      84          18          93         0
10/29/2025  10:25   --        --         124/72      82          18          93         0
11/05/2025  09:49   66.2      36.8       124/70      88          18          92         0
11/05/2025  10:28   --        --         120/70      86          18          93         0
11/12/2025  09:55   65.4      36.7       130/76      86          20          92         0
11/12/2025  10:31   --        --         126/74      84          18          92         0
11/19/2025  09:47   64.6      36.9       126/72      90          18          91         0
11/19/2025  10:44   --        --         122/70      88          18          92         0

PRE-INFUSION SCREEN
Date        New SOB (Y/N)   Fever past 48h (Y/N)   Recent abx (Y/N)   IV site     Gauge (g)   RN
10/29/2025  N               N                      N                  R AC        22          SK
11/05/2025  N               N                      N                  L hand      22          JM
11/12/2025  N               N                      N                  R forearm   22          SK
11/19/2025  N               N                      N                  L AC        22          SK

A1PI ADMINISTRATION
Date        Product           Ordered (mg)  Given (mg)  Vol (mL)  Rate (mL/min)  Start (hh:mm)  Stop (hh:mm)  Waste (mg)  RN
10/29/2025  Prolastin-C Liq   4500          4500        90        5              09:58          10:21         0           SK
11/05/2025  Prolastin-C Liq   4500          4500        90        5              10:02          10:24         0           JM
11/12/2025  Prolastin-C Liq   4500          4500        90        5              10:06          10:27         0           SK
11/19/2025  Prolastin-C Liq   4500          4500        90        5              10:05                        0           SK

PRODUCT / LOT (one line per vial size)
Date        Vial (mg)   NDC              Lot        Exp (MM/YYYY)   Qty   Scanned by
10/29/2025  4000        13533-0705-40    27RL0318   02/2027         1     SK
10/29/2025  500         13533-0705-10    27RK0940   10/2026         1     SK
11/05/2025  4000        13533-0705-40    27RL0318   02/2027         1     JM
11/05/2025  500         13533-0705-10    27RK0940   10/2026         1     JM
11/12/2025  4000        13533-0705-40    27RL0391   02/2027         1     SK
11/12/2025  500         13533-0705-10    27RK0940   10/2026         1     SK
11/19/2025  4000        13533-0705-40    27RL0391   02/2027         1     SK
11/19/2025  500         13533-0705-10    27RL0452   11/2026         1     SK

OTHER MEDICATIONS THIS VISIT
Date        Medication                    Dose (mg)   Route   Time    Lot          RN
11/12/2025  ondansetron ODT               4           PO      10:03   OND4471C     SK
11/19/2025  ondansetron ODT               4           PO      10:00   OND4471C     SK

INFUSION COMMENTS
10/29/2025 10:23  Tolerated without incident. PIV removed, catheter tip intact. [SK]
11/05/2025 10:26  Tolerated. Pt asks about flu shot - given at pharmacy 10/30. [JM]
11/12/2025 10:29  Pt reports ~3 lb wt loss this week, poor appetite, mild nausea. Zofran given per
                  standing order. Message sent to T. Oyelaran NP. [SK]
11/19/2025 10:07  Infusing via L AC 22g PIV, site without redness. 4000 mg + 500 mg vials entered
                  and fully used - no waste. [SK]
11/19/2025 10:16  NP Oyelaran at chairside for visit. [SK]
11/19/2025 10:41  Pt back from lab draw (CMP, TSH per NP). Pump display "Infusion complete" -
                  end time not captured, see pump history. Line flushed. [SK]
11/19/2025 11:02  PIV removed, intact. Discharged ambulatory with spouse. Next infusion 11/26. [SK]
"""

D2 = """Riverbend Pulmonary Associates
Pulmonary Nurse Practitioner Visit

Lydia M Okafor-Brandt   |   64 y.o. female   |   MRN 77120453   |   DOB 6/14/1961
Date of Service: 11/19/2025
Provider: Tamsin R. Oyelaran, APRN-CNP
Supervising physician: Graham L. Whitcombe, MD
Visit type: Follow-up (seen chairside in infusion suite, chair 4)

Chief Complaint
Patient presents with:
  - Follow-up: AATD on augmentation
  - Weight Loss

HPI
Lydia is a 64 y.o. female with severe alpha-1 antitrypsin deficiency (PI*ZZ) and emphysema on weekly
Prolastin-C Liquid augmentation who presents for follow up. ***

[Copied from note dated 10/15/2025 by Tamsin R. Oyelaran, APRN-CNP]
She reports stable exertional dyspnea, mMRC 2. Weight stable at 68 kg. No exacerbations since June
2025 (treated with prednisone 40 mg x 5 days + azithromycin). Using Trelegy daily, albuterol 1-2x/week.
Continues to tolerate weekly Prolastin-C Liquid without infusion reactions.
[End copied text]

Today she reports about 7 lb unintentional weight loss over 6 weeks with early satiety and
intermittent nausea, no vomiting, no abdominal pain, no melena. Appetite "just isn't there." No fevers
or night sweats. Breathing is unchanged from a lung standpoint: she still walks the grocery store
without stopping and has had no exacerbation since June. She feels the weekly infusions "keep me
out of the ER."

Pertinent PMH: AATD PI*ZZ (dx 2021), emphysema, GERD, osteopenia, anxiety.

Medications
Current Outpatient Medications on File Prior to Visit
 fluticasone-umeclidin-vilanter (TRELEGY ELLIPTA) 100-62.5-25 mcg inhaler   1 puff daily
 albuterol HFA 90 mcg/actuation inhaler    2 puffs q4h PRN
 alpha-1-proteinase inhibitor (PROLASTIN-C LIQUID) 4,000 mg/80 mL + 500 mg/10 mL   4,500 mg IV weekly
 pantoprazole 40 mg tablet   1 tab daily
 sertraline 50 mg tablet   1 tab daily
 calcium carbonate-vitamin D3 600 mg-20 mcg   1 tab BID

Allergies: Patient has no known allergies.

Social History
Tobacco Use
  Smoking status: Former
     Packs/day: 1.00   Years: 22.00   Pack years: 22.00
     Types: Cigarettes   Quit date: 1/1/2016
  Smokeless tobacco: Never
Vaping Use: Never used
Alcohol use: Not currently

ROS: Positive for weight loss, nausea, early satiety. Negative for fever, hemoptysis, chest pain,
dysphagia. All other systems reviewed and negative except as in HPI. Pain: ***

Objective
Vitals: BP 126/72 | Pulse 90 | Temp 36.9 C (98.4 F) | Resp 18 | Wt 64.6 kg (142 lb 6.4 oz) | SpO2 91%
Wt Readings from Last 3 Encounters:
 11/19/25   64.6 kg (142 lb 6.4 oz)
 10/15/25   68 kg (149 lb 14.6 oz)
 08/20/25   71.9 kg (158 lb 8.2 oz)

General: thin, NAD, infusion running L AC.
Lungs: diminished bilaterally, prolonged expiration, no wheeze.
Abd: soft, NT, no hepatomegaly palpable, no ascites.
Ext: no edema, no clubbing.

Results
Lab Results
 Component              Value      Ref Range        Date
 ALPHA-1 ANTITRYPSIN    27 (L)     90 - 200 mg/dL   03/09/2021
 A1AT PHENOTYPE         ZZ                           03/09/2021
 ALT                    38         7 - 35 U/L       08/20/2025
 ALBUMIN                3.6        3.5 - 5.2 g/dL   08/20/2025
PFT 04/22/2025: FEV1 0.98 L (38% predicted), FVC 2.31 L (71%), FEV1/FVC 0.42, DLCO 44%.
CT chest 02/2021: panlobular emphysema, lower lobe predominant.

Assessment/Plan
1. Alpha-1 antitrypsin deficiency (E88.01) with emphysema (J43.1)
   Stable from a pulmonary standpoint on augmentation - no exacerbations x 5 months, FEV1 unchanged
   from spring. Continue weekly Prolastin-C Liquid.
   Weight is now 64.6 kg. The current standing dose of 4,500 mg was set in 2024 when she weighed
   75 kg. Will ask infusion pharmacy to re-dose to 3,900 mg (60 mg/kg x 64.6 kg = 3,876 mg,
   rounded to vial combination) beginning with next week's infusion.
2. Unintentional weight loss, early satiety
   CMP and TSH drawn today. Liver US with elastography ordered. ? AATD-related liver disease vs
   medication (sertraline) vs other. Dietitian referral. Consider GI if labs unrevealing.
3. Medicaid prior authorization
   Auth # MCD-PA-2025-0048817, valid 06/01/2025 - 05/31/2026.

Return in about 4 weeks. Next infusion: {blank}

Tamsin R. Oyelaran, APRN-CNP
11/19/2025 14:48
"""

CHART = {
    "chart_id": "b16-002",
    "date_of_service": "2025-11-19",
    "payer": {"profile": "medicaid", "name": "Lakeshore Community Health Plan (Medicaid managed care)"},
    "prior_authorization": "MCD-PA-2025-0048817",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-11-19", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2025-11-19", "text": D2},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "severe alpha-1 antitrypsin deficiency (PI*ZZ)"),
    (F("genotype", alleles=["Z", "Z"]), "(PI*ZZ)"),
    (F("serum_aat", value=27, unit="mg/dL"), "ALPHA-1 ANTITRYPSIN    27 (L)     90 - 200 mg/dL"),
    (F("lung_disease", value="emphysema"), "panlobular emphysema, lower lobe predominant"),
    (W(64.6), "Wt 64.6 kg (142 lb 6.4 oz)"),
    (W(65.4), "11/12/2025  09:55   65.4"),
    (W(66.2), "11/05/2025  09:49   66.2"),
    (W(67.3), "10/29/2025  09:52   67.3"),
    (W(68), "10/15/25   68 kg (149 lb 14.6 oz)"),
    (W(71.9), "08/20/25   71.9 kg (158 lb 8.2 oz)"),
    (W(75), "when she weighed\n   75 kg"),
    (F("fev1", value=38), "FEV1 0.98 L (38% predicted)"),
    (F("dose", value=4500), "11/19/2025  Prolastin-C Liq   4500          4500"),
    (F("wastage", value=0), "fully used - no waste"),
    (F("lot_number", value="27RL0391"), "11/19/2025  4000        13533-0705-40    27RL0391"),
    (F("lot_number", value="27RL0452"), "27RL0452"),
    (F("expiration_date", value="2027-02"), "27RL0391   02/2027"),
    (F("expiration_date", value="2026-11"), "27RL0452   11/2026"),
    (F("infusion_start", value="10:05"), "90        5              10:05"),
    (F("response_to_therapy"), "Stable from a pulmonary standpoint on augmentation"),
    (F("prior_authorization", value="MCD-PA-2025-0048817"), "Auth # MCD-PA-2025-0048817"),
    (F("smoking_status", value="former"), "Smoking status: Former"),
    (F("drug_product", value="Prolastin-C Liquid"), "Prolastin-C Liquid"),
]

GOLD = gold(CHART, "medicaid", reqs(
    "medicaid",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="conflict", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="met", infusion_times="missing",
    response_to_therapy="met", prior_authorization="met", code_selection="met", smoking_status="met",
), FINDINGS,
    "Gaps: infusion_times missing (11/19 row has Start 10:05 but a blank Stop cell; the 10:41 comment "
    "says the end time was not captured, 'see pump history' = deferred; 10:21/10:24/10:27 stops belong to "
    "earlier rows; 10:44 vitals and 11:02 discharge are not stop times). dose_matches_weight conflict: "
    "4,500 mg vs 60 x 64.6 kg = 3,876 mg (+16.1 %); the re-dose to 3,900 mg is a plan. Weights of earlier "
    "rows/encounters (65.4, 66.2, 67.3, 68 (also in copied-forward text), 71.9, 75 kg in 2024) are historical "
    "findings; nearest DOS is 64.6 kg. Copied-forward block from 10/15 is marked. '? AATD-related liver "
    "disease' is uncertain. Ondansetron 4 mg lot OND4471C is another drug. Expirations are MM/YYYY.")

ARITH = {
    "dos": "2025-11-19",
    "product_dos": ["Prolastin-C Liquid"],
    "weight_kg": 64.6, "weight_source": "flowsheet 11/19/2025 09:47 row; NP vitals",
    "dose_mg": 4500, "dose_source": "flowsheet 11/19 Given (mg) 4500; vials 4000 + 500",
    "vials": [{"product": "Prolastin-C Liquid 4000 mg", "mg": 4000}, {"product": "Prolastin-C Liquid 500 mg", "mg": 500}],
    "dose_match_expected": False,
    "code": "J0256", "bu": 10,
    "units_billed": 450, "modifiers_admin": ["JZ"],
    "waste_mg": 0, "jw_units_billed": None,
    "lots": [{"lot": "27RL0391", "exp": "2027-02"}, {"lot": "27RL0452", "exp": "2026-11"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
