"""b26-005: medicaid, complete. Style (5): patient-facing documents - the after-visit summary printed
for the patient and a portal message thread in which the patient reports his infusions and a home
weight - next to the clinic's own infusion record and the pulmonologist's note. Prolastin-C 5 x 1,000 mg
= 5,000 mg, no waste, J0256 500 JZ. Serum level only by radial immunodiffusion (68 mg/dL, < 80)."""

CHART_ID = "b26-005"
DOS = "2026-04-07"
PAYER = {"profile": "medicaid", "name": "Ohio Medicaid - Molina Community Plan"}
PRIOR_AUTH = "26-0318842"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
MAPLE VALLEY PULMONARY - INFUSION SUITE                   Nursing Administration Record
Patient: YBARRA, CELESTINO R     DOB 02/11/1975     MRN MV-661204     Date: 04/07/2026
Payer: Molina Medicaid, PA 26-0318842 (valid 10/01/2025-09/30/2026)
Order: Prolastin-C 60 mg/kg IV q week - Dr. N. Amadi

08:32  Arrived. Denies fever, chills, new cough. Last infusion 03/31 - no delayed reaction.
08:36  Wt 81.9 kg  BP 128/82  HR 76  RR 16  T 36.9  SpO2 95% RA
08:44  PIV 22 g R forearm, 1 attempt, brisk blood return
08:50  Vials reconstituted at chairside (20 mL SWFI each), Mix2Vial, 15 min at room temp
       Prolastin-C 1000 mg vial x 3   lot NG2K8801   exp 2027-08
       Prolastin-C 1000 mg vial x 2   lot NG2L0214   exp 2027-10
       Dose given: 5,000 mg IV (all 5 vials reconstituted and infused - no waste)
09:02  Infusion started via 5 micron filter, rate 0.08 mL/kg/min
09:20  Infusion completed; line flushed 10 mL NS
09:35  BP 124/78  HR 74  SpO2 96%  - no hives, no flushing
09:41  PIV out, catheter intact. AVS printed and reviewed. Discharged ambulatory.

Next infusion 04/14/2026 08:30.
S. Kowalczyk, RN   04/07/2026 09:52
"""

D2 = """
MAPLE VALLEY PULMONARY
AFTER VISIT SUMMARY                                               Printed 04/07/2026 09:40
Celestino R. Ybarra   |   DOB: 2/11/1975   |   Visit: 04/07/2026, Infusion Suite

Thank you for visiting us today!

Reason for visit:  Alpha-1 antitrypsin deficiency - weekly augmentation infusion

Today's measurements
  Weight: 81.9 kg (180 lb 9.6 oz)     Blood pressure: 128/82     Oxygen: 95 %

Medicines given during this visit
  Prolastin-C (alpha-1 proteinase inhibitor) 5,000 mg into a vein (IV), once
  Sodium chloride 0.9 % flush 10 mL

Your medication list (no changes today)
  Prolastin-C - given in the clinic every week
  Umeclidinium/vilanterol (Anoro Ellipta) 62.5/25 mcg - 1 inhalation daily
  Albuterol HFA 90 mcg - 2 puffs every 4 hours if needed
  Montelukast 10 mg - 1 tablet at bedtime

Your next appointments
  04/14/2026  8:30 AM   Infusion Suite
  06/09/2026  1:15 PM   Dr. Nkechi Amadi - Pulmonary follow-up with breathing test

When to call us: fever over 100.4 F, hives, swelling of the lips or tongue, chest pain or
trouble breathing after your infusion. After hours call 555-0148 and ask for the
pulmonologist on call.
MyChart: send a message any time. Messages are answered within 2 business days.
"""

D3 = """
MyChart message thread - Maple Valley Pulmonary
Patient: Celestino R. Ybarra (MRN MV-661204)

From: Celestino Ybarra     To: Nkechi Amadi, MD     Sent: 04/03/2026 7:12 AM
Subject: infusion + weight question
Hi Dr. Amadi, just letting you know I did my infusion Tuesday (3/31) like normal, no
problems. My home scale says 184 lbs this morning, up from last month, I think it's the
Easter candy and my daughter's cooking lol. Should I worry about the dose changing? My breathing
has honestly been a lot better since I started on these infusions, I only used the rescue
inhaler twice in March. Also my brother Ramon wants to know if he should get tested.
- Celestino

From: Lucia Brandt, RN (for Dr. Amadi)     Sent: 04/03/2026 11:48 AM
Hi Mr. Ybarra, thanks for the update. The infusion nurses weigh you before each infusion and
the pharmacy adjusts the number of vials if needed, so no action on your part. Yes, your
brother should be tested - he can ask his own doctor for an alpha-1 level and phenotype, or
call us for a genetics referral. Glad the breathing is better!

From: Celestino Ybarra     Sent: 04/07/2026 6:05 PM
Got my infusion today, all good. They weighed me at 180 on their scale so my home scale is
off. Nurse said 2 of the vials were a new lot. See you in June.
"""

D4 = """
MAPLE VALLEY PULMONARY - PROGRESS NOTE                               03/10/2026
Patient: Ybarra, Celestino R     51 y/o M     MRN MV-661204
Provider: Nkechi Amadi, MD

S: Follow-up of alpha-1 antitrypsin deficiency (PI*Z/Q0clayton, confirmed by SERPINA1
sequencing 2019) with emphysema. Weekly Prolastin-C since 09/2024. Since augmentation he has
had no ED visits (three in the 12 months before), and he now climbs two flights without
stopping. Former smoker, quit 2016 (18 pack-years). Works as a school bus mechanic.
Mother had AATD and died of cirrhosis at 61; brother Ramon untested.

O: Wt 82.2 kg. BP 130/80. SpO2 95% RA. Faint expiratory wheeze at bases.
PFT 03/10/2026 (post-BD): FEV1 2.05 L = 54% predicted; FEV1/FVC 0.49; DLCO 58%.
  09/2024: FEV1 2.03 L (53% predicted).
Labs: AAT 68 mg/dL by radial immunodiffusion (outside lab, 2008, pre-treatment).
      On-therapy trough 02/2026: 102 mg/dL (nephelometry).
CT 2019: centrilobular and panlobular emphysema, lower-lobe predominant.

A/P:
1. Alpha-1 antitrypsin deficiency, Z/null, with emphysema - clear response to augmentation
   (no exacerbations, better exercise tolerance, FEV1 stable). Continue Prolastin-C 60 mg/kg
   IV weekly; Molina PA 26-0318842 through 09/30/2026.
2. Emphysema - continue umeclidinium/vilanterol, albuterol prn; pulmonary rehab completed.
3. Allergic rhinitis - montelukast.
4. Family screening - brother advised to test; genetics referral offered.
RTC 3 months with PFT.

Nkechi Amadi, MD  03/10/2026 15:31
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-04-07", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-04-07", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-04-07", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-03-10", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d4", "_ev": "alpha-1 antitrypsin deficiency (PI*Z/Q0clayton"},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "_doc": "d4", "_ev": "PI*Z/Q0clayton, confirmed by SERPINA1\nsequencing 2019"},
    {"kind": "serum_aat", "value": 68, "unit": "mg/dL", "_method": "RID", "_doc": "d4", "_ev": "AAT 68 mg/dL by radial immunodiffusion"},
    {"kind": "serum_aat", "value": 102, "unit": "mg/dL", "_doc": "d4", "_ev": "On-therapy trough 02/2026: 102 mg/dL (nephelometry)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d4", "_ev": "centrilobular and panlobular emphysema"},
    {"kind": "weight", "value": 81.9, "unit": "kg", "value_kg": 81.9, "_date": "2026-04-07", "_doc": "d1", "_ev": "08:36  Wt 81.9 kg"},
    {"kind": "weight", "value": 184, "unit": "lb", "value_kg": 83.5, "_date": "2026-04-03", "_doc": "d3", "_ev": "My home scale says 184 lbs this morning"},
    {"kind": "weight", "value": 82.2, "unit": "kg", "value_kg": 82.2, "_date": "2026-03-10", "_doc": "d4", "_ev": "Wt 82.2 kg"},
    {"kind": "dose", "value": 5000, "_doc": "d1", "_ev": "Dose given: 5,000 mg IV"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "all 5 vials reconstituted and infused - no waste"},
    {"kind": "lot_number", "value": "NG2K8801", "_doc": "d1", "_ev": "lot NG2K8801"},
    {"kind": "lot_number", "value": "NG2L0214", "_doc": "d1", "_ev": "lot NG2L0214"},
    {"kind": "expiration_date", "value": "2027-08", "_doc": "d1", "_ev": "lot NG2K8801   exp 2027-08"},
    {"kind": "expiration_date", "value": "2027-10", "_doc": "d1", "_ev": "lot NG2L0214   exp 2027-10"},
    {"kind": "infusion_start", "value": "09:02", "_doc": "d1", "_ev": "09:02  Infusion started"},
    {"kind": "infusion_end", "value": "09:20", "_doc": "d1", "_ev": "09:20  Infusion completed"},
    {"kind": "fev1", "value": 54, "_doc": "d4", "_ev": "FEV1 2.05 L = 54% predicted"},
    {"kind": "fev1", "value": 53, "_doc": "d4", "_ev": "FEV1 2.03 L (53% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d4", "_ev": "clear response to augmentation\n   (no exacerbations, better exercise tolerance, FEV1 stable)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d4", "_ev": "Former smoker, quit 2016"},
    {"kind": "prior_authorization", "value": "26-0318842", "_doc": "d1", "_ev": "PA 26-0318842"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d1", "_ev": "Prolastin-C 1000 mg vial x 3"},
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
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-04-07",
    "weight": {"value": 81.9, "unit": "kg", "kg": 81.9, "date": "2026-04-07"},
    "dose_mg": 5000,
    "target_mg": 4914.0,
    "tolerance_mg": 491.4,
    "deviation_pct": 1.75,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 500,
    "units_billed": 500,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-08", "2027-10"],
    "expiration_ok": True,
}

NOTES = """
Complete. Patient-facing documents beside the clinic record: the AVS repeats the dose (5,000 mg)
and the DOS weight "81.9 kg (180 lb 9.6 oz)" (one weighing, same finding); the portal thread has the
patient's home-scale 184 lb on 04/03 (listed; the DOS 81.9 kg governs), "weighed me at 180 on their
scale" (no unit, not a weight), the patient's own report of the 03/31 infusion (another week) and a
patient-reported improvement (the response finding is taken from the progress note). Serum level:
the only pre-treatment level is 68 mg/dL by radial immunodiffusion (RID threshold 80 mg/dL -> below);
the on-therapy trough 102 mg/dL is listed. Genotype PI*Z/Q0clayton -> [Z, NULL]. 5,000 vs 4,914 mg
(+1.75 %). Traps: AVS next appointments 8:30 AM / 1:15 PM, print time, after-hours number, fever
100.4 F; nursing arrival/vitals/PIV/reconstitution/post/discharge times; PA validity dates; vial
size 1000 mg and 20 mL SWFI; mother AATD (family); brother untested; albuterol/montelukast doses;
FEV1 53 % (09/2024) listed.
"""
