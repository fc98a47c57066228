D1 = """
NORTHGATE DERMATOLOGY - PROGRESS NOTE
Patient: DELACROIX-WEBB, Marcus      DOB 01/30/1981      Acct 7731-0458
Date of service: 10/14/2025        Provider: Sofia Albrecht, MD (Dermatology)
Co-managing: J. Whitford, MD (Pulmonary)

Chief complaint: follow-up panniculitis on augmentation therapy

HPI:
44 y/o man with alpha-1 antitrypsin deficiency-associated panniculitis. Onset 04/2025 with painful red
nodules on both thighs and flanks after a minor bicycle fall; several ulcerated and drained oily yellow
fluid. Biopsy 06/2025 (R thigh, deep incisional): lobular neutrophilic panniculitis with liquefactive
fat necrosis and septal splaying, cultures (AFB, fungal, bacterial) negative - consistent with AATD
panniculitis. Serum AAT 18 mg/dL; phenotype ZZ (see pulmonary consult).
Failed: prednisone 40 mg taper (05/2025), dapsone 100 mg daily (06-07/2025; stopped for hemolysis,
Hgb 10.9), doxycycline 100 mg BID x 6 weeks.
Weekly IV Zemaira started 08/19/2025. Since the third infusion there have been no new nodules; the two
ulcers on the L flank have re-epithelialized and pain is down from 8/10 to 2/10. Back to work as an
electrician. He says "this is the first thing that worked."

ROS: no fever, no joint pain, no abdominal pain. Breathing normal, no cough.

Social: Never smoker, no vaping, drinks 2-3 beers/weekend. Married, 2 children (not yet tested).
Meds: Zemaira 60 mg/kg IV weekly; ibuprofen 400 mg prn (advised to limit); cetirizine 10 mg daily.
Allergies: sulfonamide antibiotics (rash) - tolerated dapsone initially.

EXAM: Wt 99.1 kg. Bilateral anterior thighs: 3 residual violaceous indurated plaques (largest 4 x 3 cm,
previously 7 x 5 cm), non-tender, no fluctuance. L flank: two healed atrophic scars 2 cm and 1.5 cm, no
drainage. No new lesions on trunk or arms. Photos taken and uploaded (series 4).

ASSESSMENT:
1. Panniculitis due to alpha-1 antitrypsin deficiency (PI*ZZ) - marked response to augmentation therapy:
   no new lesions in 6 weeks, ulcer healing, pain largely resolved.
2. Post-inflammatory lipoatrophy L flank.

PLAN:
- Continue Zemaira weekly (pulmonary is ordering; infusion center Northgate Medical Plaza).
- Avoid trauma to skin; compression for thigh edema as needed.
- If recurrence despite augmentation, would consider increasing dose per case reports (120 mg/kg) -
  not indicated now.
- Genetic counseling referral for children.
- RTC 3 months with photos.

Sofia Albrecht, MD   10/14/2025 11:32
"""

D2 = """
NORTHGATE PULMONARY CONSULTATION
Date: 07/22/2025           Requesting: Dr. S. Albrecht (Dermatology)
Patient: Marcus Delacroix-Webb, 44 M         Consultant: Jonah Whitford, MD

Question: lung evaluation in newly diagnosed AATD with panniculitis; augmentation candidacy.

HPI: Asymptomatic from a respiratory standpoint. Runs 5 km twice weekly. No cough, sputum, wheeze. No
childhood asthma. No prior pneumonias.

Family history: father died at 60 with "emphysema" (heavy smoker, never tested for alpha-1). Mother
alive, healthy. One brother, untested.
Social: never smoker; no marijuana. Electrician - occasional dust, uses mask.

Labs (06/30/2025, Northgate Lab):
   Alpha-1 antitrypsin 18 mg/dL (ref 90-200)
   A1AT phenotype (IEF): ZZ
   SERPINA1 genotyping (Z and S alleles): homozygous Z (PI*ZZ)
   IgA 165 mg/dL, CRP 6 mg/L

Studies:
   CT chest without contrast 07/15/2025: no emphysema, no bronchiectasis, no nodules. Normal airways.
   Full PFT 07/15/2025: FEV1 3.61 L (96% predicted), FVC 4.57 L (95% predicted), FEV1/FVC 0.79,
   TLC 101%, RV 104%, DLCO 88% predicted. Normal spirometry, lung volumes and diffusion.

Vitals: BP 128/80, HR 64, SpO2 98%, Wt 101.2 kg, BMI 29.9.
Exam: clear lungs, normal work of breathing.

Impression:
- Alpha-1 antitrypsin deficiency, PI*ZZ, presenting with necrotizing panniculitis.
- No evidence of COPD or emphysema at this time; normal lung function.
- Counseling: AATD can cause early-onset emphysema, particularly with smoking or dust exposure;
  lifelong smoke avoidance is his most important protective measure.

Recommendations:
- Augmentation therapy 60 mg/kg IV weekly is reasonable for refractory AATD panniculitis (compendial
  use). Will order Zemaira; Cigna prior authorization submitted today.
- Baseline PFT yearly, CT every 3-5 years.
- Hepatic panel and liver elastography (AATD liver screening) - ordered.

J. Whitford, MD  07/22/2025
Addendum 08/12/2025: Cigna PA # 88-4417302 approved 08/12/2025 through 08/11/2026. JW
"""

D3 = """
Northgate Medical Plaza Infusion - Treatment Record                     Tue 11/04/2025
Patient: DELACROIX-WEBB, MARCUS   DOB 01-30-1981   MRN NG-11840322
Dx: E88.01 Alpha-1-antitrypsin deficiency; M35.6 panniculitis
Order: Zemaira 60 mg/kg IV q7d (J. Whitford MD)   Auth: Cigna 88-4417302

08:12 Checked in.
08:18 VS T 36.8 HR 66 BP 126/78 RR 14 SpO2 98%. Wt 98.4 kg (217 lb).
      Skin: thigh plaques flat, no new nodules per pt.
08:27 PIV 20g L forearm placed, flushes well.
08:31 Drug verified w/ 2nd RN:
      Zemaira 4 g kit - actual potency 3,984 mg - lot P100402193 - exp 2027-08-31
      Zemaira 1 g vial x2 - actual potency 1,018 mg and 1,022 mg - lot P100377610 - exp 2026-12-31
      Reconstituted total 116 mL via transfer devices.
08:40 Zemaira infusion started - 6,024 mg (sum of actual potencies) at ~7.9 mL/min.
08:57 Zemaira infusion complete. All reconstituted drug infused; zero waste.
09:05 VS HR 68 BP 124/76 SpO2 98%. No reaction.
09:12 PIV removed. D/c home. Next 11/11 08:15.

Charge: J0256 x 603 units, JZ.
RN: Priya Nandakumar
"""

CHART = {
    "chart_id": "b11-007",
    "date_of_service": "2025-11-04",
    "payer": {"profile": "commercial", "name": "Cigna Open Access Plus"},
    "prior_authorization": "88-4417302",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 603, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-10-14", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2025-07-22", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2025-11-04", "text": D3},
    ],
}

ARITH = {"profile": "commercial", "dos_weight_kg": 98.4, "dose_mg": 6024, "waste_mg": 0,
         "expirations": ["2027-08-31", "2026-12-31"], "start": "08:40", "end": "08:57",
         "products": ["Zemaira"]}

GOLD = {
    "chart_id": "b11-007",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "missing", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "conflict",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 18, "unit": "mg/dL"},
        {"kind": "fev1", "value": 96},
        {"kind": "weight", "value": 99.1, "unit": "kg", "value_kg": 99.1},
        {"kind": "weight", "value": 101.2, "unit": "kg", "value_kg": 101.2},
        {"kind": "weight", "value": 98.4, "unit": "kg", "value_kg": 98.4},
        {"kind": "dose", "value": 6024},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100402193"},
        {"kind": "lot_number", "value": "P100377610"},
        {"kind": "expiration_date", "value": "2027-08-31"},
        {"kind": "expiration_date", "value": "2026-12-31"},
        {"kind": "infusion_start", "value": "08:40"},
        {"kind": "infusion_end", "value": "08:57"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "88-4417302"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Gap chart (commercial), 2 gaps: augmentation is for AATD panniculitis in a man with normal lungs. "
        "lung_disease_evidence missing: CT 'no emphysema, no bronchiectasis', 'No evidence of COPD or "
        "emphysema', normal spirometry; the only emphysema mentions are the father's (family) and a general "
        "counseling sentence ('AATD can cause early-onset emphysema'). fev1_range conflict: the only FEV1 "
        "% predicted is 96 %, above 80. Everything else met: DOS weight 98.4 kg (217 lb same); 60 x 98.4 = "
        "5904; given 6024 mg (3984 + 1018 + 1022 actual potency) = +2.0 %. J0256 ceil(602.4) = 603 JZ, "
        "'zero waste'. Lots P100402193 (exp 2027-08-31), P100377610 (exp 2026-12-31). Start 08:40, complete "
        "08:57. Response to augmentation in the dermatology progress note (no new lesions, ulcers healed). "
        "Never smoker. PA 88-4417302 (addendum and chart field). Traps: prednisone 40 mg, dapsone 100 mg, "
        "doxycycline 100 mg, ibuprofen 400 mg, cetirizine 10 mg; Hgb 10.9; hypothetical 120 mg/kg; FVC 95 %, "
        "TLC 101 %, RV 104 %, DLCO 88 % are not FEV1; reference 90-200; IgA 165; weights 99.1 and 101.2 kg "
        "are weight findings but not nearest DOS; check-in 08:12, VS 08:18/09:05, PIV 08:27, verify 08:31, "
        "PIV out 09:12, next 08:15; lesion sizes 4 x 3 cm."
    ),
}
