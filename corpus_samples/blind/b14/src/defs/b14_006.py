# b14-006  medicaid  Zemaira J0256 JZ (home infusion, S9346)  COMPLETE
# Styles: (6) specialty-pharmacy nursing agency note with several weekly visits (one missed), weights in lb;
# plus a pulmonary progress note.

AGENCY = """KEYSTONE INFUSION PARTNERS - SPECIALTY PHARMACY NURSING
Home Infusion Nursing Visit Notes (September 2025)          Page 1 of 3
Client: ABERNATHY, TERRENCE L      DOB 01/05/1976      Client #: KIP-30918
Therapy: Zemaira (alpha1-proteinase inhibitor, human) 60 mg/kg IV q7 days
Referring MD: Lorraine Whitaker, MD       Dispensing pharmacy: Keystone SP #2 (Rx 2209841)
Payer: Commonwealth Medicaid (CHC-MCO Keystone Care)   Medicaid PA # 2025-MC-0098812 (eff 04/01/2025-03/31/2026)
Nursing frequency: 1 visit/week x 52 weeks + 2 PRN (access issues)
Scale: agency portable digital scale S/N 55-1179, readings in pounds

----------------------------------------------------------------------------------------
DATE OF VISIT: 09/03/2025        RN: Beatrice Osei, RN      Arrive 13:05  Depart 14:40
[X] Vitals  [X] Weight  [X] Access  [X] Infusion  [ ] Lab draw
Weight: 188.0 lb.  BP 128/80  P 84  R 18  T 98.2 F  SpO2 95% RA
Access: PIV 22G L forearm x1 attempt.
Product: Zemaira 4 g vial (actual 4,092 mg) lot P100588210 + 1 g vial (actual 1,012 mg) lot
P100598317. Total 5,104 mg infused 13:30-13:52. Vials empty, no waste.
Response: tolerated. No reaction. Pt mowed lawn this morning.
----------------------------------------------------------------------------------------
DATE OF VISIT: 09/10/2025        RN: Beatrice Osei, RN      Arrive 13:00  Depart 14:25
Weight: 187.0 lb.  BP 124/78  P 88  R 20  T 99.0 F  SpO2 94% RA
Pt c/o productive cough x2 days, yellow sputum. Advised to call Dr. Whitaker; pt declined
urgent care. Infusion given per order (afebrile): 5,104 mg, same lots, 13:18-13:41.
MD office notified by phone 14:30 (spoke with MA Tonya).
----------------------------------------------------------------------------------------
DATE OF VISIT: 09/17/2025        NOT SEEN
Pt admitted to Mercy General 09/15-09/18 (community-acquired pneumonia). Dose held per
Dr. Whitaker; no drug given, no nursing visit billed. Pharmacy notified - delivery held.
Discharge summary faxed 09/19: discharge weight 84.1 kg; completed levofloxacin 750 mg x 5 d.
----------------------------------------------------------------------------------------
DATE OF VISIT: 09/24/2025   ** resumption visit **   RN: Beatrice Osei, RN
Arrive 12:58  Depart 14:30
SUBJECTIVE: "Cough mostly gone." Finished antibiotics 09/20. No fever since discharge.
  Appetite back. Using albuterol twice a day, down from q4h in hospital. Denies chest pain.
OBJECTIVE:
  Weight 187.4 lb (portable scale, shoes off).
  BP 122/76  P 82  R 18  T 98.4 F  SpO2 95% RA  (13:05)
  Lungs: few crackles R base, otherwise clear; no wheeze. No edema.
ACCESS: PIV 22G R forearm, 1 attempt at 13:12, flushed NS 10 mL with brisk blood return.
MEDICATION (verified against Rx label and MAR; 2 identifiers):
  Zemaira 4 g single-use vial, actual potency 4,080 mg, lot P100612044, exp 2027-05-31
  Zemaira 1 g single-use vial, actual potency 1,012 mg, lot P100598317, exp 2026-12-31
  Reconstituted with supplied diluent (76 mL + 20 mL) at 13:08 using transfer devices;
  pooled, total 96 mL.
  Amount administered: 5,092 mg (entire contents of both vials).
  Infusion started 13:22; infusion ended 13:45. Rate ~4.2 mL/min by gravity with rate
  controller; 5 micron filter not required (per pharmacy) - standard tubing used.
  Waste: 0 mg - vials fully used; empty vials bagged for pharmacy return.
  Post-flush NS 10 mL. PIV removed 13:58, catheter intact.
  Vitals post (13:50): BP 120/74 P 80 SpO2 96%.
ASSESSMENT: Tolerated resumption dose without reaction. Lung exam improving post-pneumonia.
PLAN: Next visit 10/01/2025 ~13:00. Reinforced: call MD for fever > 100.4 F, increased
  sputum or dyspnea. Follow-up with Dr. Whitaker 10/07 as scheduled.
  Supplies for next visit: delivered 09/29 (pharmacy to confirm).
TEACHING: hand hygiene, signs of infection, action plan for flare.
Billing (agency): 99601 x1 (first 2 h), S9346 per diem. Drug billed by pharmacy J0256.
Signed: Beatrice Osei, RN   09/24/2025 16:48
----------------------------------------------------------------------------------------
Case conference 09/26/2025 (RN / pharmacist G. Varga / intake): resumption dose given 09/24;
no change to order; pharmacist confirms dose against the 09/24 weight: target 60 mg/kg =
5,100 mg, vials 5,092 mg (-0.2%) acceptable.
"""

PN = """MERIDIAN LUNG & SLEEP - PULMONARY FOLLOW-UP NOTE
Date of service: 08/12/2025        Provider: Lorraine Whitaker, MD
Patient: Terrence L. Abernathy   49 y M   MRN 4417720

Reason: scheduled follow-up, alpha-1 antitrypsin deficiency on home augmentation.

HPI: Mr. Abernathy is a lifelong never-smoker with AATD (PI*ZZ phenotype by IEF 2019,
confirmed homozygous c.1096G>A on DNA testing 2019) who presented at 43 with dyspnea and was
found to have emphysema. Baseline AAT 18 mg/dL (Mayo, nephelometry). Home Zemaira since
2020 through Keystone. Since his last visit he has had no exacerbations, has returned to
full-time work as a bus mechanic, and walks 2 miles on weekends. No infusion reactions.
Father died of "COPD" at 58 (never tested); sister tested PI*MZ.

ROS: no chest pain, hemoptysis, edema. Occasional reflux.

Meds: Zemaira 60 mg/kg IV weekly (home); budesonide/formoterol 160/4.5 2 puffs BID;
albuterol PRN; omeprazole 20 mg daily.

Exam: BP 126/78  HR 76  SpO2 96% RA  Wt 86.2 kg (190 lb)  BMI 27.0
Lungs clear with mildly prolonged expiratory phase. No clubbing.

Data:
- Spirometry 08/12/2025: FEV1 2.41 L (63% predicted), FEV1/FVC 0.55. 2024: 2.44 L (63%).
- CT chest 2023: mild panlobular emphysema, basilar; no bronchiectasis.
- LFTs normal 06/2025; liver elastography 5.4 kPa.

Assessment:
1. AATD, PI*ZZ, with mild-moderate emphysema and COPD physiology (GOLD 2).
   Excellent response to augmentation: FEV1 unchanged over 12 months, no exacerbations since
   2023, working full time. Continue Zemaira 60 mg/kg weekly at home.
2. GERD - stable.
3. Health maintenance: influenza vaccine in October; RSV vaccine discussed.
Plan: return in 6 months; spirometry then. Medicaid PA 2025-MC-0098812 active through 03/2026.

Lorraine Whitaker, MD    signed 08/12/2025
"""

CHART = {
    "chart_id": "b14-006",
    "date_of_service": "2025-09-24",
    "payer": {"profile": "medicaid", "name": "Keystone Care (Medicaid CHC-MCO)"},
    "prior_authorization": "2025-MC-0098812",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 510, "modifiers": ["JZ"]},
        {"hcpcs": "S9346", "units": 7, "modifiers": []},
        {"hcpcs": "99601", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-09-24", "text": AGENCY},
        {"id": "d2", "type": "progress_note", "date": "2025-08-12", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-006",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "never-smoker with AATD"},
        {"kind": "genotype", "alleles": ["Z", "Z"], "_ev": "PI*ZZ phenotype by IEF 2019"},
        {"kind": "serum_aat", "value": 18, "unit": "mg/dL", "_ev": "Baseline AAT 18 mg/dL"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "mild panlobular emphysema"},
        {"kind": "lung_disease", "value": "copd", "_ev": "COPD physiology (GOLD 2)"},
        {"kind": "fev1", "value": 63, "_ev": "FEV1 2.41 L (63% predicted)"},
        {"kind": "smoking_status", "value": "never", "_ev": "lifelong never-smoker"},
        {"kind": "weight", "value": 187.4, "unit": "lb", "value_kg": 85.0, "_ev": "Weight 187.4 lb (portable scale"},
        {"kind": "weight", "value": 188.0, "unit": "lb", "value_kg": 85.3, "_ev": "Weight: 188.0 lb."},
        {"kind": "weight", "value": 187.0, "unit": "lb", "value_kg": 84.8, "_ev": "Weight: 187.0 lb."},
        {"kind": "weight", "value": 84.1, "unit": "kg", "value_kg": 84.1, "_ev": "discharge weight 84.1 kg"},
        {"kind": "weight", "value": 86.2, "unit": "kg", "value_kg": 86.2, "_ev": "Wt 86.2 kg (190 lb)"},
        {"kind": "drug_product", "value": "Zemaira", "_ev": "Zemaira 4 g single-use vial"},
        {"kind": "dose", "value": 5092, "_ev": "Amount administered: 5,092 mg"},
        {"kind": "wastage", "value": 0, "_ev": "Waste: 0 mg - vials fully used"},
        {"kind": "lot_number", "value": "P100612044", "_ev": "lot P100612044"},
        {"kind": "lot_number", "value": "P100598317", "_ev": "lot P100598317, exp 2026-12-31"},
        {"kind": "expiration_date", "value": "2027-05-31", "_ev": "exp 2027-05-31"},
        {"kind": "expiration_date", "value": "2026-12-31", "_ev": "exp 2026-12-31"},
        {"kind": "infusion_start", "value": "13:22", "_ev": "Infusion started 13:22"},
        {"kind": "infusion_end", "value": "13:45", "_ev": "infusion ended 13:45"},
        {"kind": "response_to_therapy", "_ev": "Excellent response to augmentation"},
        {"kind": "prior_authorization", "value": "2025-MC-0098812", "_ev": "Medicaid PA # 2025-MC-0098812"},
    ],
    "notes": (
        "Complete. Agency document lists visits 09/03, 09/10, 09/17 (not seen, dose held during admission) "
        "and 09/24 (DOS). Only the 09/24 dose 5,092 mg (4,080 + 1,012 mg actual potency), lots/exps and "
        "times 13:22-13:45 count; 09/03 and 09/10 doses (5,104 mg), lot P100588210 and times do not. Weight "
        "nearest DOS = 187.4 lb (85.0 kg); older weights 188.0/187.0 lb, discharge 84.1 kg, clinic 86.2 kg "
        "(190 lb written with it = one measurement) are historical findings. The case-conference line "
        "re-checks the same dose (5,100 mg target). Arrival 12:58, reconstitution 13:08, PIV 13:12, "
        "removal 13:58 are not infusion times. 1 g lot P100598317 appears on 09/03 too (same lot string). "
        "Levofloxacin 750 mg is another drug. Father's 'COPD' and sister PI*MZ are family. 'no bronchiectasis' "
        "negated. Medicaid: PA in chart and notes; never-smoker."
    ),
}

ARITH = {
    "weight_kg": 85.0, "weight_source": "d1 09/24 visit 187.4 lb",
    "lb_weights": [{"lb": 187.4, "kg": 85.0}, {"lb": 188.0, "kg": 85.3}, {"lb": 187.0, "kg": 84.8}],
    "dose_mg": 5092, "target_mg": 5100.0, "pct_diff": -0.16,
    "code": "J0256", "bu_mg": 10, "units_expected": 510, "units_billed": 510,
    "waste_mg": 0, "jw_units_expected": 0, "modifier_expected": "JZ",
    "lots": [
        {"lot": "P100612044", "exp": "2027-05-31", "dos": "2025-09-24", "expired": False},
        {"lot": "P100598317", "exp": "2026-12-31", "dos": "2025-09-24", "expired": False},
    ],
    "dos_product": "Zemaira",
    "response_in_progress_note": True,
    "infusion": {"start": "13:22", "end": "13:45"},
}
